import type {Key} from 'ink';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {startBracketedPaste} from '../../src/tui/bracketed-paste.js';
import type {MultiSelectStep, SelectStep} from '../../src/domain/exercise/types.js';
import {createPasteReader, readKeys, type KeyEvent} from '../../src/tui/keymap.js';
import {initMultiSelect, multiSelectKey, multiSelectValue} from '../../src/steps/multi-select/screen/multi-select-state.js';
import {initSelect, selectKey} from '../../src/steps/select/screen/select-state.js';
import {exerciseOf} from '../fixtures/exercises.js';
import {KEYS, press, waitForText} from '../helpers/ink.js';
import {startTui, type Harness} from '../helpers/tui.js';

const START = '\u001B[200~';
const END = '\u001B[201~';
const key = (flags: Partial<Key> = {}): Key => ({...flags}) as Key;

/** What Ink hands useInput for each piece of a paste (its parser strips the ESC of a sequence). */
function read(...pieces: Array<[string, Partial<Key>?]>): KeyEvent[] {
	const reader = createPasteReader();
	return pieces.flatMap(([input, flags]) => readKeys(reader, input, key(flags)));
}

describe('readKeys: a bracketed paste is text', () => {
	it('keeps the line breaks of a paste as text, across the pieces a long paste comes in', () => {
		expect(read(['[200~'], ['line a\rli'], ['ne b\r\nline c'], ['', {return: true}], ['tab\there'], ['[201~'])).toEqual([
			{kind: 'text', text: 'line a\nli', paste: true},
			{kind: 'text', text: 'ne b\nline c', paste: true},
			{kind: 'text', text: '\n', paste: true},
			{kind: 'text', text: 'tab\there', paste: true},
		]);
	});

	it('obeys nothing inside a paste: control characters and keys are dropped, never acted on', () => {
		expect(
			read(
				['[200~'],
				['a\u0003b\u0007c\u007F'],
				['c', {ctrl: true}],
				['', {upArrow: true, escape: false, meta: false, ctrl: false}],
				['[201~'],
			),
		).toEqual([{kind: 'text', text: 'abc', paste: true}]);
	});

	it('is back to keys after the paste: Enter is Enter again', () => {
		expect(read(['[200~'], ['x'], ['[201~'], ['', {return: true}], ['q'])).toEqual([
			{kind: 'text', text: 'x', paste: true},
			{kind: 'key', name: 'enter'},
			{kind: 'text', text: 'q'},
		]);
	});

	it('without the marks, CR typed fast is still Enter (terminals without bracketed paste)', () => {
		expect(read(['line a\rline b'])).toEqual([
			{kind: 'text', text: 'line a'},
			{kind: 'key', name: 'enter'},
			{kind: 'text', text: 'line b'},
		]);
	});
});

describe('a paste is never a shortcut', () => {
	const options = [
		{value: 'a', label: 'A'},
		{value: 'b', label: 'B'},
	];
	it('in a select, a pasted digit does not jump to an option; a typed one does', () => {
		const step: SelectStep = {id: 's', type: 'select', prompt: 'Pick', options};
		expect(selectKey(initSelect(step, undefined), {kind: 'text', text: '2', paste: true}, step).state.cursor).toBe(0);
		expect(selectKey(initSelect(step, undefined), {kind: 'text', text: '2'}, step).state.cursor).toBe(1);
	});

	it('in a multi-select, a pasted x ticks nothing; a typed one does', () => {
		const step: MultiSelectStep = {id: 'm', type: 'multi-select', prompt: 'Pick any', options};
		expect(multiSelectValue(multiSelectKey(initMultiSelect(step, undefined), {kind: 'text', text: 'x', paste: true}, step).state)).toEqual(
			[],
		);
		expect(multiSelectValue(multiSelectKey(initMultiSelect(step, undefined), {kind: 'text', text: 'x'}, step).state)).toEqual(['a']);
	});
});

describe('a paste in the screens', () => {
	const harnesses: Harness[] = [];
	afterEach(() => {
		for (const h of harnesses.splice(0)) h.cleanup();
		cleanup();
	});

	it('in a list: each pasted line is an item, empty lines skipped, the list’s max kept', async () => {
		const exercise = exerciseOf('paste-list', [{id: 'items', type: 'list', prompt: 'Things?', max: 3}]);
		const h = await startTui({kind: 'exercise', exercise});
		harnesses.push(h);
		await waitForText(h.rendered, 'Things?');
		await press(h.rendered, `${START}one\r\rtwo\rthree\rfour\rfive${END}`);
		await waitForText(h.rendered, 'the most this list holds');
		// What did not fit stays in the line, to change or clear: nothing pasted is dropped unseen.
		expect(h.rendered.lastFrame()).toContain('four five');
		await press(h.rendered, '\u0015', KEYS.enter);
		await waitForText(h.rendered, 'Look it over before saving');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Saved');
		expect(h.entries()[0]?.values).toEqual({items: ['one', 'two', 'three']});
	});

	it('in a one-line field: the lines joined by spaces, and the field still takes Enter after', async () => {
		const exercise = exerciseOf('paste-text', [{id: 'note', type: 'text', prompt: 'A note?'}]);
		const h = await startTui({kind: 'exercise', exercise});
		harnesses.push(h);
		await waitForText(h.rendered, 'A note?');
		await press(h.rendered, START, 'line a\rline b', END);
		await waitForText(h.rendered, 'line a line b');
		await press(h.rendered, KEYS.enter);
		await waitForText(h.rendered, 'Look it over before saving');
	});

	it('on the home screen: pasted letters are not shortcuts (a pasted "q" does not quit)', async () => {
		const exercise = exerciseOf('paste-home', [{id: 'note', type: 'text', prompt: 'A note?'}]);
		const h = await startTui({kind: 'home'}, {exercises: [exercise]});
		harnesses.push(h);
		await waitForText(h.rendered, 'Test paste-home');
		await press(h.rendered, `${START}q${END}`, KEYS.enter);
		await waitForText(h.rendered, 'A note?');
	});
});

describe('startBracketedPaste', () => {
	const tty = () => {
		const written: string[] = [];
		return {
			stdin: {isTTY: true} as NodeJS.ReadStream,
			stdout: {isTTY: true, write: (text: string) => written.push(text) > 0} as unknown as NodeJS.WriteStream,
			written,
		};
	};

	it('turns the mode on, and off once on stop', () => {
		const {stdin, stdout, written} = tty();
		const paste = startBracketedPaste(stdin, stdout);
		paste.stop();
		paste.stop();
		expect(written).toEqual(['\u001B[?2004h', '\u001B[?2004l']);
	});

	it('turns it off when the process exits before the screens end (a crash)', () => {
		const {stdin, stdout, written} = tty();
		const before = process.listeners('exit').length;
		const paste = startBracketedPaste(stdin, stdout);
		const onExit = process.listeners('exit').at(-1) as () => void;
		expect(process.listeners('exit')).toHaveLength(before + 1);
		onExit();
		expect(written).toEqual(['\u001B[?2004h', '\u001B[?2004l']);
		paste.stop();
		expect(written).toHaveLength(2);
		expect(process.listeners('exit')).toHaveLength(before);
	});

	it('leaves a terminal alone when output is not one', () => {
		const written: string[] = [];
		const paste = startBracketedPaste(
			{isTTY: true} as NodeJS.ReadStream,
			{isTTY: false, write: (text: string) => written.push(text) > 0} as unknown as NodeJS.WriteStream,
		);
		paste.stop();
		expect(written).toEqual([]);
	});
});
