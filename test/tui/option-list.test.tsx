import {Box} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import type {ListStep, MultiSelectStep, SelectStep} from '../../src/domain/exercise/types.js';
import {wrappedLines} from '../../src/domain/text.js';
import {windowByLines} from '../../src/tui/hooks/use-columns.js';
import {ListView} from '../../src/steps/list/screen/list-view.js';
import {MultiSelectView} from '../../src/steps/multi-select/screen/multi-select-view.js';
import {SelectView} from '../../src/steps/select/screen/select-view.js';

afterEach(() => cleanup());

describe('wrappedLines', () => {
	it('counts the lines a text takes wrapped at spaces, as Ink wraps it', () => {
		expect(wrappedLines('', 10)).toBe(1);
		expect(wrappedLines('one two', 10)).toBe(1);
		expect(wrappedLines('one two three', 10)).toBe(2);
		expect(wrappedLines('one\ntwo', 10)).toBe(2);
		// A word longer than a line is broken where it must be.
		expect(wrappedLines('abcdefghijklmnopqrstuvwxy', 10)).toBe(3);
		// Wide characters take two cells each.
		expect(wrappedLines('今日はいい天気', 10)).toBe(2);
	});
});

describe('windowByLines', () => {
	it('shows everything that fits, else the items around the cursor with a line for each "more"', () => {
		expect(windowByLines([1, 1, 1], 0, 3)).toEqual({start: 0, end: 3});
		expect(windowByLines([2, 2, 2, 2, 2], 0, 6)).toEqual({start: 0, end: 2});
		expect(windowByLines([2, 2, 2, 2, 2], 4, 6)).toEqual({start: 3, end: 5});
		expect(windowByLines([1, 3, 1, 1], 1, 5)).toEqual({start: 1, end: 2});
		// The cursor's own item is always shown, even if taller than the room.
		expect(windowByLines([5, 1], 0, 3)).toEqual({start: 0, end: 1});
	});
});

const LONG_HINT = 'a hint long enough to wrap onto a second line at forty columns';
const options = Array.from({length: 8}, (_, index) => ({value: `o${index}`, label: `Option ${index}`, hint: LONG_HINT}));

describe('a list of options with hints that wrap', () => {
	it('multi-select: stays within the lines it is given, cursor in view', () => {
		const step: MultiSelectStep = {id: 'm', type: 'multi-select', prompt: 'Pick', options};
		for (const cursor of [0, 4, 7]) {
			const {lastFrame, unmount} = render(
				<Box width={40}>
					<MultiSelectView step={step} state={{type: 'multi-select', cursor, chosen: []}} width={40} height={10} />
				</Box>,
			);
			const lines = (lastFrame() ?? '').split('\n');
			expect(lines.length).toBeLessThanOrEqual(10);
			expect(lines.join('\n')).toContain(`❯ [ ] Option ${cursor}`);
			expect(lines.join('\n')).toMatch(/more/);
			unmount();
		}
	});

	it('select: the same', () => {
		const step: SelectStep = {id: 's', type: 'select', prompt: 'Pick', options};
		const {lastFrame} = render(
			<Box width={40}>
				<SelectView step={step} state={{type: 'select', cursor: 7}} width={40} height={8} />
			</Box>,
		);
		const lines = (lastFrame() ?? '').split('\n');
		expect(lines.length).toBeLessThanOrEqual(8);
		expect(lines.join('\n')).toContain('❯ Option 7');
		expect(lines[0]).toContain('↑');
	});
});

describe('a list step whose items wrap', () => {
	it('keeps the latest items and the line being typed within its lines, and counts the rest', () => {
		const step: ListStep = {id: 'l', type: 'list', prompt: 'Evidence', max: 20};
		const items = Array.from({length: 6}, (_, index) => `item ${index}: a sentence long enough that it wraps onto a second line here`);
		const {lastFrame} = render(
			<Box width={40}>
				<ListView step={step} state={{type: 'list', items, line: {text: 'typing', cursor: 6}}} width={40} height={9} />
			</Box>,
		);
		const frame = lastFrame() ?? '';
		expect(frame.split('\n').length).toBeLessThanOrEqual(9);
		expect(frame).toContain('item 5:');
		expect(frame).toContain('› typing▌');
		expect(frame).toMatch(/\((\d) more above\)/);
	});
});
