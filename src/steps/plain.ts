import type {Step} from '../domain/exercise/types.js';
import type {Ask, Asked} from '../plain/ask.js';
import {kindOf} from './registry.js';

/** Asks one step in plain mode, as its type does. */
export function askStep(step: Step, ask: Ask): Promise<Asked> {
	return kindOf(step).ask(step, ask);
}
