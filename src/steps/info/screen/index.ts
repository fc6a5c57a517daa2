import type {InfoStep} from '../../../domain/exercise/types.js';
import {HINTS} from '../../../tui/keymap.js';
import type {StepScreen} from '../../../tui/steps/screen-kind.js';
import {infoKey, type InfoState} from './info-state.js';

export const infoScreen: StepScreen<InfoStep, InfoState> = {
	init: () => ({type: 'info'}),
	key: (state, event) => infoKey(state, event),
	value: () => undefined,
	hints: () => [HINTS.next, HINTS.back, HINTS.help],
	body: (step) => step.text,
};
