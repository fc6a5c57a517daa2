import type {InfoStep} from '../../domain/exercise/types.js';
import {inert} from '../../domain/text.js';
import type {Ask, Asked} from '../../plain/ask.js';
import {answer} from '../plain-answers.js';

/** Information: printed, and the exercise goes on (nothing to answer, so nothing to wait for). */
export function askInfo(step: InfoStep, ask: Ask): Promise<Asked> {
	ask.say(...inert(step.text).split('\n'));
	return Promise.resolve(answer(undefined));
}
