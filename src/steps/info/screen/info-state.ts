import type {KeyEvent} from '../../../tui/keymap.js';
import type {KeyResult} from '../../../tui/steps/types.js';

export interface InfoState {
	type: 'info';
}

export function infoKey(state: InfoState, event: KeyEvent): KeyResult<InfoState> {
	if (event.kind !== 'key') return {state};
	if (event.name === 'enter' || event.name === 'done') return {state, outcome: 'submit'};
	if (event.name === 'escape') return {state, outcome: 'back'};
	return {state};
}
