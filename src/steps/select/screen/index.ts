import type {SelectStep} from '../../../domain/exercise/types.js';
import {HINTS} from '../../../tui/keymap.js';
import type {StepScreen} from '../../../tui/steps/screen-kind.js';
import {initSelect, selectKey, selectValue, type SelectState} from './select-state.js';
import {SelectView} from './select-view.js';

export const selectScreen: StepScreen<SelectStep, SelectState> = {
	init: (step, value) => initSelect(step, value),
	key: (state, event, step) => selectKey(state, event, step),
	value: (state, step) => selectValue(state, step),
	hints: () => [HINTS.move, HINTS.choose, HINTS.back, HINTS.help],
	View: SelectView,
};
