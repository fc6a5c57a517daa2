import {parse} from 'csv-parse/sync';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {csvField, exportCsv} from '../../src/domain/export/csv.js';
import {exportMarkdown} from '../../src/domain/export/markdown.js';
import {PLAN_TYPE, planSectionTitle} from '../../src/safety/plan.js';
import type {Entry} from '../../src/domain/entry.js';
import {inDayRange} from '../../src/domain/export/range.js';
import {createJournalEntry, createMoodEntry} from '../../src/domain/mood-entry.js';
import {planEntry, testId} from '../helpers/entries.js';

const NOW = new Date(2025, 10, 25, 21, 40);

describe('csv', () => {
	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\r', '"cr\r"'],
		[' padded', '" padded"'],
		['', ''],
	])('csvField(%j) is %j', (value, field) => {
		expect(csvField(value)).toBe(field);
	});

	it('any note survives a CSV reader', () => {
		fc.assert(
			fc.property(fc.string({unit: 'grapheme', maxLength: 60}), (note) => {
				const entry = createMoodEntry({mood: 5, note, at: NOW, now: NOW, id: testId()});
				const [row] = parse(exportCsv([entry]), {columns: true, relax_quotes: false}) as Array<Record<string, string>>;
				expect(row?.['text']).toBe(typeof entry.values['note'] === 'string' ? entry.values['note'] : '');
				expect(JSON.parse(row?.['values'] ?? '')).toEqual(entry.values);
			}),
		);
	});
});

describe('markdown', () => {
	it('titles fields as the caller says (a safety plan’s parts by the plan’s own titles, not its step ids)', () => {
		const planTitles = (entry: Entry, key: string) => (entry.type === PLAN_TYPE ? planSectionTitle(key) : undefined);
		const text = exportMarkdown(
			[planEntry({coping: ['a walk'], 'look-again': ['next appointment'], 'my-own': ['kept']}, new Date(2025, 10, 20, 9, 0))],
			NOW,
			planTitles,
		);
		expect(text).toContain('**Things I can do on my own:**\n\n- a walk');
		expect(text).toContain('**When I will look at it again:**');
		expect(text).toContain('**My own:**');
		expect(text).not.toContain('**Coping:**');
	});

	it('groups by local day, oldest first, with time, type and words', () => {
		const text = exportMarkdown(
			[
				createMoodEntry({
					mood: 3,
					urge: 1,
					emotions: [['sad', 40]],
					note: 'low',
					tags: ['work'],
					at: new Date(2025, 10, 20, 8, 30),
					now: NOW,
					id: testId(),
				}),
				createMoodEntry({mood: 6, at: new Date(2025, 10, 20, 21, 0), now: NOW, id: testId()}),
				createJournalEntry({text: 'A page.\n\nAnother.', at: new Date(2025, 10, 22, 23, 59), now: NOW, id: testId()}),
			],
			NOW,
		);
		expect(text).toBe(
			[
				'# cope export',
				'',
				'3 entries · exported 25 November 2025, 21:40',
				'',
				'## Thursday 20 November 2025',
				'',
				'### 08:30 · mood 3 · urge 1',
				'',
				'#work',
				'',
				'Feelings: sad 40',
				'',
				'low',
				'',
				'### 21:00 · mood 6',
				'',
				'## Saturday 22 November 2025',
				'',
				'### 23:59 · journal',
				'',
				'A page.',
				'',
				'Another.',
				'',
			].join('\n'),
		);
	});
});

describe('day ranges', () => {
	it('compares the local day the entry was written on', () => {
		const entry = {...createMoodEntry({mood: 5, at: NOW, now: NOW, id: testId()}), at: '2025-11-20T23:30:00-08:00'};
		expect(inDayRange(entry, {from: '2025-11-20', to: '2025-11-20'})).toBe(true);
		expect(inDayRange(entry, {from: '2025-11-21'})).toBe(false);
		expect(inDayRange(entry, {to: '2025-11-19'})).toBe(false);
		expect(inDayRange(entry, {})).toBe(true);
	});
});
