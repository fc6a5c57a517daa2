import {readdirSync, statSync, writeFileSync, mkdirSync} from 'node:fs';
import {afterEach, describe, expect, it} from 'vitest';
import {deleteDraft, draftPath, readDraft, writeDraft} from '../../src/store/drafts.js';
import {dataPaths} from '../../src/store/paths.js';
import {makeHome} from '../helpers/cli.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanups.splice(0)) done();
});

function paths() {
	const {home, cleanup} = makeHome();
	cleanups.push(cleanup);
	return dataPaths(home);
}

describe('drafts', () => {
	it('writes atomically to drafts/<id>.json (0600, folder 0700), reads back, deletes', () => {
		const p = paths();
		writeDraft(p, {v: 1, exercise: 'journal', saved: '2026-11-25T21:40:00Z', at: 'text', answers: {text: 'hello'}});
		expect(statSync(draftPath(p, 'journal')).mode & 0o777).toBe(0o600);
		expect(statSync(p.drafts).mode & 0o777).toBe(0o700);
		writeDraft(p, {v: 1, exercise: 'journal', saved: '2026-11-25T21:41:00Z', at: 'text', answers: {text: 'hello again'}});
		expect(readdirSync(p.drafts)).toEqual(['journal.json']);
		expect(readDraft(p, 'journal')).toEqual({
			v: 1,
			exercise: 'journal',
			saved: '2026-11-25T21:41:00Z',
			at: 'text',
			answers: {text: 'hello again'},
		});
		deleteDraft(p, 'journal');
		expect(readDraft(p, 'journal')).toBeUndefined();
		deleteDraft(p, 'journal');
	});

	it('a damaged or foreign draft is not offered (and is not an error)', () => {
		const p = paths();
		mkdirSync(p.drafts, {recursive: true});
		writeFileSync(draftPath(p, 'journal'), '{"v":1,"exercise":"jour');
		expect(readDraft(p, 'journal')).toBeUndefined();
		writeFileSync(draftPath(p, 'journal'), JSON.stringify({v: 1, exercise: 'other', at: 'x', answers: {}}));
		expect(readDraft(p, 'journal')).toBeUndefined();
	});

	it('refuses an id that could leave the drafts folder', () => {
		expect(() => draftPath(dataPaths('/tmp/x'), '../config')).toThrow();
	});
});
