import type {EmotionsStep} from '../../../domain/exercise/types.js';
import {HINTS} from '../../../tui/keymap.js';
import type {StepScreen} from '../../../tui/steps/screen-kind.js';
import {emotionsKey, emotionsValue, initEmotions, type EmotionsState} from './emotions-state.js';
import {EmotionsView} from './emotions-view.js';

export const emotionsScreen: StepScreen<EmotionsStep, EmotionsState> = {
	init: (step, value, answers) => initEmotions(step, value, answers),
	key: (state, event, step) => emotionsKey(state, event, step),
	value: emotionsValue,
	hints: (_step, state) =>
		state.adding
			? ['type a feeling or ↓ pick one', 'tab complete', 'enter add', HINTS.back, HINTS.help]
			: ['↑↓ move', '←→ adjust by 5', 'type a number', HINTS.next, HINTS.back, HINTS.help],
	View: EmotionsView,
};
