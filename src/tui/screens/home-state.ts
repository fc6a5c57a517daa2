import type {KeyEvent} from '../keymap.js';

export type HomeRequest = {kind: 'start'; index: number} | {kind: 'report'} | {kind: 'quit'};

export interface HomeState {
	cursor: number;
	count: number;
	help: boolean;
	request: HomeRequest | undefined;
}

export function reduceHome(state: HomeState, event: KeyEvent | {kind: 'help-closed'} | {kind: 'quit-from-help'}): HomeState {
	if (state.request) return state;
	if (event.kind === 'help-closed') return {...state, help: false};
	if (event.kind === 'quit-from-help') return {...state, help: false, request: {kind: 'quit'}};
	// Help owns every key while it is open (Ctrl+C too: it may be running an exercise).
	if (state.help) return state;
	if (event.kind === 'key' && event.name === 'quit') return {...state, request: {kind: 'quit'}};
	// Single letters are shortcuts here: the home screen has no text field (README.md, "In the screens: keys, drafts and help").
	if (event.kind === 'text') {
		if (event.paste) return state;
		if (event.text === 'r') return {...state, request: {kind: 'report'}};
		if (event.text === 'q') return {...state, request: {kind: 'quit'}};
		if (event.text === 'k') return {...state, cursor: Math.max(0, state.cursor - 1)};
		if (event.text === 'j') return {...state, cursor: Math.min(state.count - 1, state.cursor + 1)};
		return state;
	}
	switch (event.name) {
		case 'help':
			return {...state, help: true};
		case 'up':
			return {...state, cursor: Math.max(0, state.cursor - 1)};
		case 'down':
		case 'tab':
			return {...state, cursor: Math.min(state.count - 1, state.cursor + 1)};
		case 'home':
			return {...state, cursor: 0};
		case 'end':
			return {...state, cursor: state.count - 1};
		case 'enter':
			return state.count > 0 ? {...state, request: {kind: 'start', index: state.cursor}} : state;
		default:
			return state;
	}
}
