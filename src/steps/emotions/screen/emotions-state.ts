import {INTENSITY_MAX} from '../../../domain/entry.js';
import type {Answers, EmotionsStep} from '../../../domain/exercise/types.js';
import {typedText, type KeyEvent} from '../../../tui/keymap.js';
import {createBuffer, reduceText, type TextBuffer} from '../../../tui/steps/text-buffer.js';
import type {KeyResult} from '../../../tui/steps/types.js';

export interface EmotionRow {
	name: string;
	level: number;
}

/** Naming a new feeling: typed text, or a suggestion picked with ↑↓. */
export interface AddingState {
	name: TextBuffer;
	/** Index into the suggestions that match; -1 means "what I typed". */
	pick: number;
}

export interface EmotionsState {
	type: 'emotions';
	rows: EmotionRow[];
	/** 0..rows.length; rows.length is "+ add another" (not offered when re-rating). */
	cursor: number;
	typed: string;
	adding: AddingState | undefined;
	/** The earlier ratings when re-rating, shown beside each feeling. */
	earlier: Record<string, number> | undefined;
}

const STEP = 5;
const START_LEVEL = 50;

function earlierRatings(step: EmotionsStep, answers: Answers): Record<string, number> | undefined {
	if (step.rerate === undefined) return undefined;
	const value = Object.hasOwn(answers, step.rerate) ? answers[step.rerate] : undefined;
	if (value === undefined || typeof value !== 'object' || Array.isArray(value)) return {};
	return value;
}

export function initEmotions(step: EmotionsStep, value: unknown, answers: Answers): EmotionsState {
	const earlier = earlierRatings(step, answers);
	let rows: EmotionRow[];
	if (value !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value)) {
		rows = Object.entries(value as Record<string, unknown>)
			.filter((pair): pair is [string, number] => typeof pair[1] === 'number')
			.map(([name, level]) => ({name, level}));
	} else if (earlier) {
		rows = Object.entries(earlier).map(([name, level]) => ({name, level}));
	} else {
		rows = [];
	}
	if (earlier)
		for (const name of Object.keys(earlier)) if (!rows.some((row) => row.name === name)) rows.push({name, level: earlier[name] ?? 0});
	const adding = rows.length === 0 && !earlier ? {name: createBuffer(), pick: -1} : undefined;
	return {type: 'emotions', rows, cursor: 0, typed: '', adding, earlier};
}

/** Suggestions not yet used that start with (or contain) what was typed. */
export function matchingSuggestions(state: EmotionsState, step: EmotionsStep): string[] {
	const typed = state.adding?.name.text.trim().toLowerCase() ?? '';
	const used = new Set(state.rows.map((row) => row.name));
	return (step.suggestions ?? []).filter((name) => !used.has(name.toLowerCase()) && name.toLowerCase().includes(typed));
}

function setLevel(state: EmotionsState, level: number): EmotionsState {
	const rows = state.rows.map((row, index) =>
		index === state.cursor ? {...row, level: Math.min(INTENSITY_MAX, Math.max(0, level))} : row,
	);
	return {...state, rows};
}

function addKey(state: EmotionsState, adding: AddingState, event: KeyEvent, step: EmotionsStep): KeyResult<EmotionsState> {
	const withAdding = (next: AddingState): KeyResult<EmotionsState> => ({state: {...state, adding: next}});
	const typed = typedText(event);
	if (typed !== undefined)
		return withAdding({name: reduceText(adding.name, {type: 'insert', text: typed, multiline: false, maxLength: 40}), pick: -1});
	if (event.kind !== 'key') return {state};
	const matches = matchingSuggestions(state, step);
	switch (event.name) {
		case 'tab': {
			// Tab completes what was typed to the first suggestion that fits.
			const first = matches[0];
			if (adding.name.text.trim() !== '' && first !== undefined)
				return withAdding({name: reduceText(adding.name, {type: 'set', text: first}), pick: -1});
			return withAdding({...adding, pick: Math.min(matches.length - 1, adding.pick + 1)});
		}
		case 'down':
			return withAdding({...adding, pick: Math.min(matches.length - 1, adding.pick + 1)});
		case 'up':
			return withAdding({...adding, pick: Math.max(-1, adding.pick - 1)});
		case 'backspace':
			return withAdding({name: reduceText(adding.name, {type: 'backspace'}), pick: -1});
		case 'left':
		case 'right':
			return withAdding({...adding, name: reduceText(adding.name, {type: event.name})});
		case 'escape':
			if (state.rows.length === 0) return {state, outcome: 'back'};
			return {state: {...state, adding: undefined}};
		case 'enter': {
			const picked = adding.pick >= 0 ? matches[adding.pick] : undefined;
			const name = (picked ?? adding.name.text).trim().toLowerCase().replace(/\s+/g, ' ');
			// Enter on an empty line moves on: naming feelings is optional unless the step says
			// otherwise (the runner then asks gently for one).
			if (name === '') return {state: {...state, adding: undefined}, outcome: 'submit'};
			const existing = state.rows.findIndex((row) => row.name === name);
			if (existing >= 0) return {state: {...state, adding: undefined, cursor: existing}};
			const rows = [...state.rows, {name, level: START_LEVEL}];
			return {state: {...state, rows, adding: undefined, cursor: rows.length - 1, typed: ''}};
		}
		case 'done':
			return {state: {...state, adding: undefined}, outcome: 'submit'};
		default:
			return {state};
	}
}

export function emotionsKey(state: EmotionsState, event: KeyEvent, step: EmotionsStep): KeyResult<EmotionsState> {
	if (state.adding) return addKey(state, state.adding, event, step);
	const lastRow = state.earlier ? state.rows.length - 1 : state.rows.length;
	const onAdd = state.cursor >= state.rows.length;
	if (event.kind === 'text') {
		const text = event.text;
		if (/^\d+$/.test(text) && !onAdd) {
			const typed = (state.typed + text).slice(-3);
			const level = Number.parseInt(typed, 10);
			const kept = level > INTENSITY_MAX ? text.slice(-3) : typed;
			return {state: {...setLevel(state, Number.parseInt(kept, 10)), typed: kept}};
		}
		// Typing a name starts a new feeling straight away (not when re-rating the same ones).
		if (!state.earlier && /^\p{L}/u.test(text)) {
			return {
				state: {...state, adding: {name: reduceText(createBuffer(), {type: 'insert', text, multiline: false, maxLength: 40}), pick: -1}},
			};
		}
		return {state};
	}
	const current = state.rows[state.cursor];
	switch (event.name) {
		case 'up':
			return {state: {...state, cursor: Math.max(0, state.cursor - 1), typed: ''}};
		case 'down':
		case 'tab':
			return {state: {...state, cursor: Math.min(lastRow, state.cursor + 1), typed: ''}};
		case 'left':
			return current ? {state: {...setLevel(state, current.level - STEP), typed: ''}} : {state};
		case 'right':
			return current ? {state: {...setLevel(state, current.level + STEP), typed: ''}} : {state};
		case 'backspace': {
			if (!current) return {state};
			// Backspace removes digits; on an empty value (and not re-rating) it removes the feeling.
			if (current.level === 0 && state.typed === '' && !state.earlier) {
				const rows = state.rows.filter((_, index) => index !== state.cursor);
				return {
					state: {
						...state,
						rows,
						cursor: Math.min(state.cursor, rows.length),
						adding: rows.length === 0 ? {name: createBuffer(), pick: -1} : undefined,
					},
				};
			}
			const typed = state.typed === '' ? String(current.level).slice(0, -1) : state.typed.slice(0, -1);
			return {state: {...setLevel(state, typed === '' ? 0 : Number.parseInt(typed, 10)), typed}};
		}
		case 'enter':
			if (onAdd) return {state: {...state, adding: {name: createBuffer(), pick: -1}}};
			return {state: {...state, typed: ''}, outcome: 'submit'};
		case 'done':
			return {state: {...state, typed: ''}, outcome: 'submit'};
		case 'escape':
			return {state, outcome: 'back'};
		default:
			return {state};
	}
}

export function emotionsValue(state: EmotionsState): Record<string, number> {
	// fromEntries keeps a name such as "__proto__" as a plain key.
	return Object.fromEntries(state.rows.map((row) => [row.name, row.level]));
}
