import type {Key} from 'ink';

/**
 * The one key-bindings table (docs/tui.md, "Keys within a step"). Ink's raw (input, key) pairs become
 * named keys or typed text here, and nowhere else.
 */
export type KeyName =
	| 'enter'
	| 'escape'
	| 'up'
	| 'down'
	| 'left'
	| 'right'
	| 'home'
	| 'end'
	| 'backspace'
	| 'tab'
	| 'space'
	| 'done'
	| 'editor'
	| 'help'
	| 'quit'
	| 'line-start'
	| 'line-end'
	| 'clear-line';

/** Text typed, or pasted (`paste`: it came inside a bracketed paste, so it is text and never a shortcut). */
export type KeyEvent = {kind: 'key'; name: KeyName} | {kind: 'text'; text: string; paste?: true};

const CTRL_KEYS: Record<string, KeyName> = {
	d: 'done',
	e: 'editor',
	g: 'help',
	c: 'quit',
	a: 'line-start',
	u: 'clear-line',
	h: 'backspace',
};

const key = (name: KeyName): KeyEvent => ({kind: 'key', name});

/**
 * Ink calls a handler once per key, but once for a whole paste (or a burst of fast
 * typing over a slow link) with every character in `input`. A burst is split into
 * text runs and the control keys inside it: Enter (CR) and backspace (DEL) act as
 * keys; a line feed inside the text stays in the text (a pasted line break).
 */
export function toKeyEvents(input: string, inkKey: Key): KeyEvent[] {
	if (inkKey.ctrl && input.length === 1) {
		const name = Object.hasOwn(CTRL_KEYS, input) ? CTRL_KEYS[input] : undefined;
		return name ? [key(name)] : [];
	}
	if (inkKey.return) return [key('enter')];
	if (inkKey.escape) return [key('escape')];
	if (inkKey.upArrow) return [key('up')];
	if (inkKey.downArrow) return [key('down')];
	if (inkKey.leftArrow) return [key('left')];
	if (inkKey.rightArrow) return [key('right')];
	if (inkKey.home) return [key('home')];
	if (inkKey.end) return [key('end')];
	// Ink 6 reports the Backspace key (DEL) as `delete`; forward delete looks the same.
	if (inkKey.backspace || inkKey.delete) return [key('backspace')];
	if (inkKey.tab) return [key('tab')];
	if (input === '\n') return [key('enter')];
	// A lone space is a key (it toggles in lists) that also types a space in text fields.
	if (input === ' ') return [key('space')];
	if (input === '' || inkKey.meta) return [];
	return splitBurst(input);
}

function splitBurst(input: string): KeyEvent[] {
	const events: KeyEvent[] = [];
	let text = '';
	const flush = (): void => {
		if (text !== '') events.push({kind: 'text', text});
		text = '';
	};
	const chars = input.replace(/\r\n/g, '\n');
	for (let index = 0; index < chars.length; index++) {
		const char = chars[index] as string;
		if (char === '\r') {
			flush();
			events.push(key('enter'));
		} else if (char === '\u007F' || char === '\b') {
			flush();
			events.push(key('backspace'));
		} else if (char === '\u0004') {
			flush();
			events.push(key('done'));
		} else if (char === '\u0007') {
			flush();
			events.push(key('help'));
		} else if (char === '\u0003') {
			flush();
			events.push(key('quit'));
		} else if (char === '\t' && index === chars.length - 1 && index > 0) {
			// Typed fast after some letters, Tab is the key (completion); inside a paste it stays text.
			flush();
			events.push(key('tab'));
		} else if (char === '\n' || char === '\t' || char >= ' ') {
			text += char;
		}
		// Other control characters are dropped: they are never meant as text.
	}
	flush();
	return events;
}

/**
 * Bracketed paste (the screens turn it on, see bracketed-paste.ts): the terminal wraps
 * pasted text in ESC [200~ … ESC [201~. Ink 6 has no paste event: its input parser hands
 * each escape sequence to useInput on its own with the ESC removed, so the markers
 * arrive as the input "[200~" and "[201~" with no key flag set, and the text between
 * them as ordinary input, in one or more pieces (a long paste comes in several reads),
 * where a line break looks like Enter. Typing cannot produce "[200~" as one input: only a
 * paste arrives as one, and the terminal brackets every paste once the mode is on.
 */
const PASTE_START = '[200~';
const PASTE_END = '[201~';

export interface PasteReader {
	/** Inside a paste: between its start and end markers. */
	pasting: boolean;
}

export function createPasteReader(): PasteReader {
	return {pasting: false};
}

const noKeyFlag = (inkKey: Key): boolean => !inkKey.ctrl && !inkKey.meta && !inkKey.return && !inkKey.escape && !inkKey.tab;

/**
 * Ink's (input, key) as KeyEvents, with pasted text kept as text: inside a paste, a
 * line break (CR, LF or CRLF, or a lone Enter) is "\n" in the text and never Enter, a
 * tab is a tab, and nothing is a command (Ctrl+C, Ctrl+G, Backspace, arrows in the
 * pasted bytes are dropped). What a "\n" becomes is the field's choice: a space in a
 * one-line field, a line in a multi-line one, an item in a list.
 */
export function readKeys(reader: PasteReader, input: string, inkKey: Key): KeyEvent[] {
	if (input === PASTE_START && noKeyFlag(inkKey)) {
		reader.pasting = true;
		return [];
	}
	if (!reader.pasting) return toKeyEvents(input, inkKey);
	if (input === PASTE_END && noKeyFlag(inkKey)) {
		reader.pasting = false;
		return [];
	}
	let text: string;
	if (inkKey.return) text = '\n';
	else if (inkKey.tab) text = '\t';
	else if (inkKey.ctrl || inkKey.escape || inkKey.meta) text = '';
	else text = input.replace(/\r\n?/g, '\n').replace(/[^\n\t\P{Cc}]/gu, '');
	return text === '' ? [] : [{kind: 'text', text, paste: true}];
}

/** Is this event the character `char` typed on its own (for single-letter shortcuts)? A paste never is. */
export function isChar(event: KeyEvent, char: string): boolean {
	if (event.kind === 'text') return event.paste !== true && event.text === char;
	return event.name === 'space' && char === ' ';
}

/** The text an event types, if any: a space key types a space. */
export function typedText(event: KeyEvent): string | undefined {
	if (event.kind === 'text') return event.text;
	if (event.name === 'space') return ' ';
	return undefined;
}

/** Labels for the keys line at the bottom of every screen. */
export const HINTS = {
	next: 'enter next',
	choose: 'enter choose',
	newLine: 'enter new line',
	done: 'ctrl+d done',
	back: 'esc back',
	editor: 'ctrl+e editor',
	help: 'ctrl+g help now',
	leave: 'ctrl+c leave',
	move: '↑↓ move',
	adjust: '←→ adjust',
	typeNumber: 'type a number',
	toggle: 'space choose',
	skip: 's skip',
	quit: 'ctrl+c quit',
} as const;
