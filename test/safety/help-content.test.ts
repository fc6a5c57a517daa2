import {describe, expect, it} from 'vitest';
import {cellsOf} from '../../src/domain/text.js';
import {wrapReach, wrapWords} from '../../src/safety/help-content.js';

describe('help now wraps its lines so a number can be read and dialled', () => {
	it('keeps a phone number whole on a line, moving it down rather than splitting it', () => {
		expect(wrapWords('Your contact: My sister Ana 07700 900456', 38, '  ')).toEqual(['Your contact: My sister Ana', '  07700 900456']);
		expect(wrapWords('People I can ask for help: Mum 07700 900123 · Dad +44 (0)20 7946 0958', 40, '  ')).toEqual([
			'People I can ask for help: Mum',
			'  07700 900123 · Dad +44 (0)20 7946 0958',
		]);
		expect(wrapWords('Samaritans: call 116 123, email jo@samaritans.org (free, 24/7)', 30, '  ')).toEqual([
			'Samaritans: call 116 123,',
			'  email jo@samaritans.org',
			'  (free, 24/7)',
		]);
	});

	it('changes nothing else: the words, their order and single spaces', () => {
		const text = 'Lifeline: call 13 11 14 or text 0477 13 11 14, any time (free, 24/7) · chat at lifeline.org.au';
		for (const width of [20, 30, 40, 60, 100]) {
			const lines = wrapWords(text, width, '  ');
			expect(lines.map((line) => line.trim()).join(' ')).toBe(text);
			for (const line of lines) expect(cellsOf(line)).toBeLessThanOrEqual(width);
		}
		expect(wrapReach({text: 'Lifeline: call 13 11 14'}, 17)).toEqual(['Lifeline: call', '  13 11 14']);
	});
});
