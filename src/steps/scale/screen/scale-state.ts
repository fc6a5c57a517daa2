import type {ScaleStep} from '../../../domain/exercise/types.js';
import type {KeyEvent} from '../../../tui/keymap.js';
import type {KeyResult} from '../../../tui/steps/types.js';

export interface ScaleState {
	type: 'scale';
	/** Undefined until chosen when the step has no default. */
	value: number | undefined;
	/** Digits typed so far, so "1" then "0" makes 10 on a 0–10 scale. */
	typed: string;
}

export function initScale(step: ScaleStep, value: unknown): ScaleState {
	const start = typeof value === 'number' ? value : step.default;
	return {type: 'scale', value: start === undefined ? undefined : clamp(step, start), typed: ''};
}

function clamp(step: ScaleStep, value: number): number {
	return Math.min(step.max, Math.max(step.min, Math.round(value)));
}

function middle(step: ScaleStep): number {
	return Math.round((step.min + step.max) / 2);
}

function typeDigit(state: ScaleState, step: ScaleStep, digit: string): ScaleState {
	const joined = Number.parseInt(state.typed + digit, 10);
	if (state.typed !== '' && joined <= step.max && joined >= step.min) {
		return {...state, value: joined, typed: joined * 10 <= step.max ? state.typed + digit : ''};
	}
	const alone = Number.parseInt(digit, 10);
	if (alone < step.min || alone > step.max) return {...state, typed: ''};
	return {...state, value: alone, typed: alone * 10 <= step.max && alone !== 0 ? digit : ''};
}

export function scaleKey(state: ScaleState, event: KeyEvent, step: ScaleStep): KeyResult<ScaleState> {
	if (event.kind === 'text') {
		let next = state;
		for (const char of event.text) if (/\d/.test(char)) next = typeDigit(next, step, char);
		return {state: next};
	}
	const move = (by: number): KeyResult<ScaleState> => ({
		state: {...state, typed: '', value: clamp(step, (state.value ?? middle(step) - by) + by)},
	});
	switch (event.name) {
		case 'left':
		case 'down':
			return move(-1);
		case 'right':
		case 'up':
			return move(1);
		case 'home':
			return {state: {...state, typed: '', value: step.min}};
		case 'end':
			return {state: {...state, typed: '', value: step.max}};
		case 'backspace':
			return {state: {...state, typed: ''}};
		case 'enter':
			return {state: {...state, typed: ''}, outcome: 'submit'};
		case 'escape':
			return {state, outcome: 'back'};
		default:
			return {state};
	}
}

export function scaleValue(state: ScaleState): number | undefined {
	return state.value;
}
