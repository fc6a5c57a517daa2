import type {TextStep} from '../../../domain/exercise/types.js';
import {typedText, type KeyEvent} from '../../../tui/keymap.js';
import type {KeyResult, WidgetContext} from '../../../tui/steps/types.js';
import {createBuffer, reduceText, textLength, type TextBuffer} from '../../../tui/steps/text-buffer.js';

export interface TextState {
	type: 'text';
	buffer: TextBuffer;
}

export function initText(value: unknown): TextState {
	return {type: 'text', buffer: createBuffer(typeof value === 'string' ? value : '')};
}

/** Columns the text itself gets inside the field's border and padding, less one for the cursor. */
export function textColumns(width: number): number {
	return Math.max(8, width - 5);
}

export function textKey(state: TextState, event: KeyEvent, step: TextStep, context: WidgetContext): KeyResult<TextState> {
	const multiline = step.multiline === true;
	const edit = (action: Parameters<typeof reduceText>[1]): KeyResult<TextState> => ({
		state: {...state, buffer: reduceText(state.buffer, action)},
	});
	const typed = typedText(event);
	if (typed !== undefined) {
		const result = edit({type: 'insert', text: typed, multiline, maxLength: step.maxLength});
		const room = step.maxLength === undefined ? Infinity : step.maxLength - textLength(state.buffer.text);
		if (textLength(typed) > room) return {...result, notice: `That's the most this field holds (${step.maxLength} characters).`};
		return result;
	}
	if (event.kind !== 'key') return {state};
	switch (event.name) {
		case 'enter':
			if (!multiline) return {state, outcome: 'submit'};
			return textKey(state, {kind: 'text', text: '\n'}, step, context);
		case 'done':
			return {state, outcome: 'submit'};
		case 'escape':
			return {state, outcome: 'back'};
		case 'editor':
			return {state, outcome: 'editor'};
		case 'backspace':
			return edit({type: 'backspace'});
		case 'left':
			return edit({type: 'left'});
		case 'right':
			return edit({type: 'right'});
		case 'up':
			return edit({type: 'up', width: textColumns(context.width)});
		case 'down':
			return edit({type: 'down', width: textColumns(context.width)});
		case 'home':
		case 'line-start':
			return edit({type: 'home'});
		case 'end':
		case 'line-end':
			return edit({type: 'end'});
		case 'clear-line':
			return edit({type: 'clear-line'});
		default:
			return {state};
	}
}

export function textValue(state: TextState): string {
	return state.buffer.text;
}

export function textFromEditor(state: TextState, text: string, step: TextStep): TextState {
	let cleaned = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
	if (step.multiline !== true) cleaned = cleaned.replace(/\n+/g, ' ');
	if (step.maxLength !== undefined) cleaned = [...cleaned].slice(0, step.maxLength).join('');
	return {...state, buffer: reduceText(state.buffer, {type: 'set', text: cleaned})};
}
