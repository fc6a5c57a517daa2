import type {ListStep} from '../../../domain/exercise/types.js';
import {HINTS} from '../../../tui/keymap.js';
import type {StepScreen} from '../../../tui/steps/screen-kind.js';
import {initList, listFromEditor, listKey, listValue, type ListState} from './list-state.js';
import {ListView} from './list-view.js';

export const listScreen: StepScreen<ListStep, ListState> = {
	init: (_step, value) => initList(value),
	key: (state, event, step) => listKey(state, event, step),
	value: listValue,
	hints: () => ['enter add', 'enter on an empty line next', HINTS.back, HINTS.editor, HINTS.help],
	View: ListView,
	editorText: (state) => listValue(state).join('\n'),
	fromEditor: (state, _step, text) => listFromEditor(state, text),
};
