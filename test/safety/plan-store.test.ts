import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createJournalEntry, createMoodEntry} from '../../src/domain/mood-entry.js';
import {readEntries} from '../../src/store/entries.js';
import {dataPaths} from '../../src/store/paths.js';
import {makeHome} from '../helpers/cli.js';
import {planEntry, writeEntries} from '../helpers/entries.js';
import {testId} from '../helpers/entries.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

const at = new Date(2026, 10, 20, 9, 0);

describe('readEntries with `mentions`', () => {
	it('parses only the lines that contain the text, each line on its own', () => {
		const before = createMoodEntry({mood: 5, note: 'fine', at, now: at, id: testId()});
		const plan = planEntry({coping: ['walk']}, at);
		const mentioning = createMoodEntry({mood: 4, note: 'worked on my safety-plan today', at, now: at, id: testId()});
		const after = createMoodEntry({mood: 6, at, now: at, id: testId()});
		writeEntries(home, [before, plan, mentioning, after]);
		const {entries} = readEntries(dataPaths(home), {mentions: 'safety-plan'});
		expect(entries.map((entry) => entry.id)).toEqual([plan.id, mentioning.id]);
		const plans = readEntries(dataPaths(home), {mentions: 'safety-plan', keep: (entry) => entry.type === 'safety-plan'});
		expect(plans.entries.map((entry) => entry.id)).toEqual([plan.id]);
	});

	it('keeps last-version-wins: only the newest version of an entry counts, and a deletion removes it', () => {
		const plan = planEntry({coping: ['walk']}, at);
		writeEntries(home, [plan, createJournalEntry({text: 'x', at, now: at, id: testId()}), {...plan, values: {coping: ['run']}}]);
		const {entries} = readEntries(dataPaths(home), {mentions: 'safety-plan'});
		expect(entries.map((entry) => entry.values['coping'])).toEqual([['run']]);
		const other = makeHome();
		try {
			writeEntries(other.home, [plan, {...plan, values: {}, deleted: true}]);
			expect(readEntries(dataPaths(other.home), {mentions: 'safety-plan'}).entries).toEqual([]);
		} finally {
			other.cleanup();
		}
	});
});
