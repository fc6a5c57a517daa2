import type {SelectStep} from '../../../domain/exercise/types.js';
import type {KeyEvent} from '../../../tui/keymap.js';
import type {KeyResult} from '../../../tui/steps/types.js';
import {moveCursor} from '../../../tui/steps/cursor.js';

/** The cursor is the choice: enter takes the option under it (as in ink-ui's select). */
export interface SelectState {
	type: 'select';
	cursor: number;
}

export function initSelect(step: SelectStep, value: unknown): SelectState {
	const index = step.options.findIndex((option) => option.value === value);
	return {type: 'select', cursor: Math.max(0, index)};
}

export function selectKey(state: SelectState, event: KeyEvent, step: SelectStep): KeyResult<SelectState> {
	if (event.kind === 'text') {
		// 1–9 are shortcuts to an option: a pasted digit is not one (keymap.ts).
		if (event.paste) return {state};
		const number = Number.parseInt(event.text, 10);
		if (event.text.length === 1 && number >= 1 && number <= step.options.length) return {state: {...state, cursor: number - 1}};
		return {state};
	}
	const moved = moveCursor(state.cursor, event.name, step.options.length);
	if (moved !== undefined) return {state: {...state, cursor: moved}};
	switch (event.name) {
		case 'enter':
			return {state, outcome: 'submit'};
		case 'escape':
			return {state, outcome: 'back'};
		default:
			return {state};
	}
}

export function selectValue(state: SelectState, step: SelectStep): string | undefined {
	return step.options[state.cursor]?.value;
}
