import {describe, expect, it} from 'vitest';
import {createBuffer, cursorPlace, layoutRows, reduceText, type TextAction, type TextBuffer} from '../../src/tui/steps/text-buffer.js';
import {toKeyEvents} from '../../src/tui/keymap.js';
import type {Key} from 'ink';

const apply = (start: TextBuffer, ...actions: TextAction[]): TextBuffer => actions.reduce(reduceText, start);
const insert = (text: string, multiline = true, maxLength?: number): TextAction => ({type: 'insert', text, multiline, maxLength});
const rows = (text: string, width: number): string[] => layoutRows(text, width).map((row) => [...text].slice(row.start, row.end).join(''));

describe('text buffer', () => {
	it('inserts at the cursor, backspaces and deletes forward', () => {
		let state = apply(createBuffer(), insert('helo'), {type: 'left'}, insert('l'));
		expect(state).toEqual({text: 'hello', cursor: 4});
		state = apply(state, {type: 'backspace'}, {type: 'backspace'});
		expect(state).toEqual({text: 'heo', cursor: 2});
		state = apply(state, {type: 'delete-forward'});
		expect(state).toEqual({text: 'he', cursor: 2});
		expect(apply(state, {type: 'delete-forward'})).toBe(state);
		expect(apply(createBuffer(), {type: 'backspace'})).toEqual({text: '', cursor: 0});
	});

	it('wraps by terminal cells: a wide character takes two', () => {
		expect(rows('日本語のテキスト', 6)).toEqual(['日本語', 'のテキ', 'スト']);
		expect(rows('ab日本', 3)).toEqual(['ab', '日', '本']);
		// A character wider than the row still gets a row of its own, rather than none.
		expect(rows('日日', 1)).toEqual(['日', '日']);
		expect(rows('今日は 晴れ', 8)).toEqual(['今日は ', '晴れ']);
	});

	it('moves up and down by screen column among wide characters', () => {
		// Rows of 6 cells: "日本語" / "abcdef"; the cursor after "日" sits at column 2.
		const text = '日本語abcdef';
		expect(apply({text, cursor: 1}, {type: 'down', width: 6}).cursor).toBe(5);
		expect(apply({text, cursor: 7}, {type: 'up', width: 6}).cursor).toBe(2);
	});

	it('counts code points: an emoji is one step', () => {
		const state = apply(createBuffer('a😀b'), {type: 'left'}, {type: 'backspace'});
		expect(state).toEqual({text: 'ab', cursor: 1});
	});

	it('left/right stop at the ends; home/end go to the ends of the line', () => {
		const state = createBuffer('one\ntwo');
		expect(apply(state, {type: 'right'}).cursor).toBe(7);
		expect(apply(state, {type: 'home'}).cursor).toBe(4);
		expect(apply(state, {type: 'home'}, {type: 'left'}, {type: 'home'}).cursor).toBe(0);
		expect(apply(state, {type: 'home'}, {type: 'left'}, {type: 'home'}, {type: 'end'}).cursor).toBe(3);
		expect(apply(createBuffer(), {type: 'left'}).cursor).toBe(0);
	});

	it('a paste is inserted whole; CRLF becomes LF; a one-line field turns line breaks into spaces', () => {
		expect(apply(createBuffer('x'), insert('a\r\nb')).text).toBe('xa\nb');
		expect(apply(createBuffer(), insert('a\n\nb', false)).text).toBe('a b');
	});

	it('keeps to maxLength, also for a paste', () => {
		expect(apply(createBuffer('abc'), insert('defgh', true, 5))).toEqual({text: 'abcde', cursor: 5});
		const full = createBuffer('abcde');
		expect(apply(full, insert('x', true, 5))).toBe(full);
	});

	it('clear-line removes from the start of the line to the cursor', () => {
		expect(apply(createBuffer('one\ntwo three'), {type: 'clear-line'})).toEqual({text: 'one\n', cursor: 4});
	});

	it('wraps at spaces within the width, mid-word when a word is too long, and every line break starts a row', () => {
		expect(rows('the quick brown fox', 10)).toEqual(['the quick ', 'brown fox']);
		expect(rows('abcdefghijkl', 5)).toEqual(['abcde', 'fghij', 'kl']);
		expect(rows('a\n\nb', 10)).toEqual(['a', '', 'b']);
		expect(rows('', 10)).toEqual(['']);
		expect(rows('end\n', 10)).toEqual(['end', '']);
	});

	it('places the cursor at a soft wrap on the next row, at a hard break on the same row', () => {
		const text = 'the quick brown';
		const layout = layoutRows(text, 10);
		expect(cursorPlace(layout, 10)).toEqual({row: 1, column: 0});
		expect(cursorPlace(layout, 15)).toEqual({row: 1, column: 5});
		expect(cursorPlace(layoutRows('ab\ncd', 10), 2)).toEqual({row: 0, column: 2});
	});

	it('up and down move by wrapped rows, keeping the goal column across short rows', () => {
		// rows: "the quick " | "brown fox " | "jumps"
		const text = 'the quick brown fox jumps';
		let state = apply(createBuffer(text), {type: 'up', width: 10});
		expect(state.cursor).toBe(15);
		state = apply(state, {type: 'up', width: 10});
		expect(state.cursor).toBe(5);
		state = apply(state, {type: 'up', width: 10});
		expect(state.cursor).toBe(0);
		const short = apply(createBuffer('long line here\nab\nlong line here'), {type: 'up', width: 40}, {type: 'up', width: 40});
		expect(short.cursor).toBe(14);
		const down = apply({text: 'long line here\nab\nlong line here', cursor: 12}, {type: 'down', width: 40}, {type: 'down', width: 40});
		expect(down.cursor).toBe(18 + 12);
	});
});

const inkKey = (overrides: Partial<Key> = {}): Key =>
	({
		upArrow: false,
		downArrow: false,
		leftArrow: false,
		rightArrow: false,
		pageDown: false,
		pageUp: false,
		home: false,
		end: false,
		return: false,
		escape: false,
		ctrl: false,
		shift: false,
		tab: false,
		backspace: false,
		delete: false,
		meta: false,
		super: false,
		hyper: false,
		capsLock: false,
		numLock: false,
		...overrides,
	}) as Key;

describe('keymap', () => {
	it('names the keys docs/tui.md lists', () => {
		expect(toKeyEvents('g', inkKey({ctrl: true}))).toEqual([{kind: 'key', name: 'help'}]);
		expect(toKeyEvents('d', inkKey({ctrl: true}))).toEqual([{kind: 'key', name: 'done'}]);
		expect(toKeyEvents('e', inkKey({ctrl: true}))).toEqual([{kind: 'key', name: 'editor'}]);
		expect(toKeyEvents('c', inkKey({ctrl: true}))).toEqual([{kind: 'key', name: 'quit'}]);
		expect(toKeyEvents('', inkKey({escape: true, meta: true}))).toEqual([{kind: 'key', name: 'escape'}]);
		expect(toKeyEvents('', inkKey({delete: true}))).toEqual([{kind: 'key', name: 'backspace'}]);
		expect(toKeyEvents(' ', inkKey())).toEqual([{kind: 'key', name: 'space'}]);
		expect(toKeyEvents('q', inkKey({ctrl: true}))).toEqual([]);
	});

	it('splits a burst into text and the keys inside it', () => {
		expect(toKeyEvents('abc\rdef\u007Fg\n', inkKey())).toEqual([
			{kind: 'text', text: 'abc'},
			{kind: 'key', name: 'enter'},
			{kind: 'text', text: 'def'},
			{kind: 'key', name: 'backspace'},
			{kind: 'text', text: 'g\n'},
		]);
		expect(toKeyEvents('a\r\nb', inkKey())).toEqual([{kind: 'text', text: 'a\nb'}]);
		expect(toKeyEvents('x\u0007', inkKey())).toEqual([
			{kind: 'text', text: 'x'},
			{kind: 'key', name: 'help'},
		]);
		expect(toKeyEvents('a\u0001b', inkKey())).toEqual([{kind: 'text', text: 'ab'}]);
		expect(toKeyEvents('tir\t', inkKey())).toEqual([
			{kind: 'text', text: 'tir'},
			{kind: 'key', name: 'tab'},
		]);
		expect(toKeyEvents('a\tb', inkKey())).toEqual([{kind: 'text', text: 'a\tb'}]);
	});
});
