import type {KeyName} from '../keymap.js';

/**
 * Where a list cursor goes for a navigation key (↑ ↓ tab home end) among `count`
 * rows; undefined for any other key. Shared by the select-like widgets.
 */
export function moveCursor(cursor: number, key: KeyName, count: number): number | undefined {
	const last = Math.max(0, count - 1);
	switch (key) {
		case 'up':
			return Math.max(0, cursor - 1);
		case 'down':
		case 'tab':
			return Math.min(last, cursor + 1);
		case 'home':
			return 0;
		case 'end':
			return last;
		default:
			return undefined;
	}
}
