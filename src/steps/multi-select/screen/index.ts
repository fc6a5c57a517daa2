import type {MultiSelectStep} from '../../../domain/exercise/types.js';
import {HINTS} from '../../../tui/keymap.js';
import type {StepScreen} from '../../../tui/steps/screen-kind.js';
import {initMultiSelect, multiSelectKey, multiSelectValue, type MultiSelectState} from './multi-select-state.js';
import {MultiSelectView} from './multi-select-view.js';

export const multiSelectScreen: StepScreen<MultiSelectStep, MultiSelectState> = {
	init: (step, value) => initMultiSelect(step, value),
	key: (state, event, step) => multiSelectKey(state, event, step),
	value: multiSelectValue,
	hints: () => [HINTS.move, 'space choose', HINTS.next, HINTS.back, HINTS.help],
	View: MultiSelectView,
};
