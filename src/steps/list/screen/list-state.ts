import type {ListStep} from '../../../domain/exercise/types.js';
import {typedText, type KeyEvent} from '../../../tui/keymap.js';
import {createBuffer, reduceText, type TextBuffer} from '../../../tui/steps/text-buffer.js';
import type {KeyResult} from '../../../tui/steps/types.js';

/** Items entered one per line: enter adds the line, enter on an empty line finishes. */
export interface ListState {
	type: 'list';
	items: string[];
	line: TextBuffer;
}

export function initList(value: unknown): ListState {
	const items = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
	return {type: 'list', items, line: createBuffer()};
}

export function listKey(state: ListState, event: KeyEvent, step: ListStep): KeyResult<ListState> {
	const edit = (action: Parameters<typeof reduceText>[1]): KeyResult<ListState> => ({
		state: {...state, line: reduceText(state.line, action)},
	});
	const typed = typedText(event);
	if (typed !== undefined) {
		// A pasted block of lines becomes one item per line.
		const parts = typed.split('\n');
		if (parts.length === 1) return edit({type: 'insert', text: typed, multiline: false});
		let next = state;
		let notice: string | undefined;
		for (const [index, part] of parts.entries()) {
			next = {...next, line: reduceText(next.line, {type: 'insert', text: part, multiline: false})};
			if (index < parts.length - 1) {
				const added = addLine(next, step);
				next = added.state;
				if (added.notice !== undefined) {
					// A full list keeps the rest in the line being typed, a line per space, and says why.
					notice = added.notice;
					if (next.line.text !== '' && (parts[index + 1] ?? '') !== '')
						next = {...next, line: reduceText(next.line, {type: 'insert', text: ' ', multiline: false})};
				}
			}
		}
		return notice === undefined ? {state: next} : {state: next, notice};
	}
	if (event.kind !== 'key') return {state};
	switch (event.name) {
		case 'enter':
			if (state.line.text.trim() === '') return {state, outcome: 'submit'};
			return addLine(state, step);
		case 'done':
			return {state: addLine(state, step).state, outcome: 'submit'};
		case 'escape':
			return {state, outcome: 'back'};
		case 'editor':
			return {state, outcome: 'editor'};
		case 'backspace':
			// On an empty line, backspace takes the last item back to edit it.
			if (state.line.text === '' && state.items.length > 0) {
				return {state: {...state, items: state.items.slice(0, -1), line: createBuffer(state.items.at(-1))}};
			}
			return edit({type: 'backspace'});
		case 'left':
			return edit({type: 'left'});
		case 'right':
			return edit({type: 'right'});
		case 'home':
		case 'line-start':
			return edit({type: 'home'});
		case 'end':
			return edit({type: 'end'});
		case 'clear-line':
			return edit({type: 'clear-line'});
		default:
			return {state};
	}
}

function addLine(state: ListState, step: ListStep): KeyResult<ListState> {
	const item = state.line.text.trim();
	if (item === '') return {state};
	if (step.max !== undefined && state.items.length >= step.max) {
		return {state, notice: `That's ${step.max}, the most this list holds. Press enter on an empty line to go on.`};
	}
	return {state: {...state, items: [...state.items, item], line: createBuffer()}};
}

/** The items, with a line still being typed counted as one (nothing typed is lost). */
export function listValue(state: ListState): string[] {
	const pending = state.line.text.trim();
	return pending === '' ? state.items : [...state.items, pending];
}

export function listFromEditor(state: ListState, text: string): ListState {
	const items = text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
	return {...state, items, line: createBuffer()};
}
