import type {ScaleStep} from '../../../domain/exercise/types.js';
import {HINTS} from '../../../tui/keymap.js';
import type {StepScreen} from '../../../tui/steps/screen-kind.js';
import {initScale, scaleKey, scaleValue, type ScaleState} from './scale-state.js';
import {ScaleView} from './scale-view.js';

export const scaleScreen: StepScreen<ScaleStep, ScaleState> = {
	init: (step, value) => initScale(step, value),
	key: (state, event, step) => scaleKey(state, event, step),
	value: scaleValue,
	hints: () => ['←→ choose', 'type a number', HINTS.next, HINTS.back, HINTS.help],
	View: ScaleView,
};
