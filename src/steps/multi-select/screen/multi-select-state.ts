import type {MultiSelectStep} from '../../../domain/exercise/types.js';
import {isChar, type KeyEvent} from '../../../tui/keymap.js';
import type {KeyResult} from '../../../tui/steps/types.js';
import {moveCursor} from '../../../tui/steps/cursor.js';

export interface MultiSelectState {
	type: 'multi-select';
	cursor: number;
	/** Chosen option values, in the order of the options. */
	chosen: string[];
}

export function initMultiSelect(step: MultiSelectStep, value: unknown): MultiSelectState {
	const given = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
	return {type: 'multi-select', cursor: 0, chosen: step.options.map((option) => option.value).filter((v) => given.includes(v))};
}

function toggle(state: MultiSelectState, step: MultiSelectStep): KeyResult<MultiSelectState> {
	const option = step.options[state.cursor];
	if (!option) return {state};
	if (state.chosen.includes(option.value)) return {state: {...state, chosen: state.chosen.filter((v) => v !== option.value)}};
	if (step.max !== undefined && state.chosen.length >= step.max) {
		return {state, notice: `Up to ${step.max}. Unchoose one (space) to pick this instead.`};
	}
	const chosen = new Set([...state.chosen, option.value]);
	return {state: {...state, chosen: step.options.map((o) => o.value).filter((v) => chosen.has(v))}};
}

export function multiSelectKey(state: MultiSelectState, event: KeyEvent, step: MultiSelectStep): KeyResult<MultiSelectState> {
	if (event.kind === 'text') return isChar(event, 'x') ? toggle(state, step) : {state};
	const moved = moveCursor(state.cursor, event.name, step.options.length);
	if (moved !== undefined) return {state: {...state, cursor: moved}};
	switch (event.name) {
		case 'space':
			return toggle(state, step);
		case 'enter':
			return {state, outcome: 'submit'};
		case 'escape':
			return {state, outcome: 'back'};
		default:
			return {state};
	}
}

export function multiSelectValue(state: MultiSelectState): string[] {
	return state.chosen;
}
