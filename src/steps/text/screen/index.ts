import type {TextStep} from '../../../domain/exercise/types.js';
import {HINTS} from '../../../tui/keymap.js';
import type {StepScreen} from '../../../tui/steps/screen-kind.js';
import {initText, textFromEditor, textKey, textValue, type TextState} from './text-state.js';
import {TextView} from './text-view.js';

export const textScreen: StepScreen<TextStep, TextState> = {
	init: (_step, value) => initText(value),
	key: textKey,
	value: textValue,
	hints: (step) =>
		step.multiline ? [HINTS.newLine, HINTS.done, HINTS.back, HINTS.editor, HINTS.help] : [HINTS.next, HINTS.back, HINTS.editor, HINTS.help],
	View: TextView,
	editorText: textValue,
	fromEditor: (state, step, text) => textFromEditor(state, text, step),
};
