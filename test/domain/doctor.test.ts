import {describe, expect, it} from 'vitest';
import {tallyEntries} from '../../src/domain/doctor/entries-tally.js';
import {tombstone} from '../../src/domain/edit/apply.js';
import {serializeEntry} from '../../src/domain/entry.js';
import {createMoodEntry} from '../../src/domain/mood-entry.js';
import {parseEntryLine} from '../../src/store/entries.js';
import {testId} from '../helpers/entries.js';

const NOW = new Date(2025, 10, 25, 21, 40);

describe('tallyEntries', () => {
	it('counts entries, deleted ones, older versions, repeats, blanks and unreadable lines', () => {
		const a = createMoodEntry({mood: 5, at: NOW, now: NOW, id: testId()});
		const b = createMoodEntry({mood: 6, at: NOW, now: NOW, id: testId()});
		const c = createMoodEntry({mood: 7, at: NOW, now: NOW, id: testId()});
		const lines: Array<string | undefined> = [
			serializeEntry(a),
			serializeEntry(b),
			serializeEntry(b),
			'',
			'{"v":1,"id":"01',
			serializeEntry({...a, values: {mood: 2}}),
			undefined,
			serializeEntry(c),
			serializeEntry(tombstone(c, NOW)),
			'{"v":2,"id":"01KA","enc":"..."}',
		];
		const tally = tallyEntries((text) => text);
		lines.forEach((text, index) => tally.add(parseEntryLine(text), index + 1, text));
		expect(tally.result()).toEqual({
			lines: 10,
			blank: 1,
			unreadable: [
				{line: 5, reason: 'not valid JSON (cut off part-way)'},
				{line: 7, reason: 'not valid UTF-8'},
			],
			newer: 1,
			entries: 3,
			live: 2,
			deleted: 1,
			superseded: 3,
			duplicates: 1,
			offScale: [],
		});
	});
});
