import type {Step} from '../domain/exercise/types.js';
import type {Ask, Asked} from '../plain/ask.js';
import {askEmotions} from './emotions/plain.js';
import {askInfo} from './info/plain.js';
import {askList} from './list/plain.js';
import {askMultiSelect} from './multi-select/plain.js';
import {askScale} from './scale/plain.js';
import {askSelect} from './select/plain.js';
import {askText} from './text/plain.js';
import {askTimer} from './timer/plain.js';

/** Asks one step in plain mode, by its type. */
export function askStep(step: Step, ask: Ask): Promise<Asked> {
	switch (step.type) {
		case 'info':
			return askInfo(step, ask);
		case 'text':
			return askText(step, ask);
		case 'scale':
			return askScale(step, ask);
		case 'select':
			return askSelect(step, ask);
		case 'multi-select':
			return askMultiSelect(step, ask);
		case 'list':
			return askList(step, ask);
		case 'emotions':
			return askEmotions(step, ask);
		case 'timer':
			return askTimer(step, ask);
	}
}
