import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import type {SafetyPlan} from '../../src/safety/plan.js';
import {makeHome, runCope} from '../helpers/cli.js';
import {planEntry, writeEntries} from '../helpers/entries.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

const first = planEntry({'warning-signs': ['not sleeping'], coping: ['a long shower']}, new Date(2026, 10, 2, 10, 0));
const second = planEntry(
	{'warning-signs': ['not sleeping', 'skipping meals'], coping: ['go for a walk with headphones on'], reasons: ['my sister']},
	new Date(2026, 10, 20, 21, 30),
);

describe('cope plan', () => {
	it('with no plan yet, names the seven sections and how to fill them in', () => {
		const result = runCope(['plan'], {home});
		expect(result.code).toBe(0);
		for (const title of [
			'Warning signs',
			'Things I can do on my own',
			'People and places that take my mind off things',
			'People I can ask for help',
			'Professionals and crisis services',
			'Making where I am safer',
			'Reasons for living',
		]) {
			expect(result.stdout).toContain(`  ${title}\n`);
		}
		expect(result.stdout).toContain('Fill it in with: cope plan edit');
	});

	it('prints the newest version', () => {
		writeEntries(home, [second, first]);
		const result = runCope(['plan'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Your safety plan · Fri 20 Nov 2026, 21:30');
		expect(result.stdout).toContain('Warning signs\n  • not sleeping\n  • skipping meals\n');
		expect(result.stdout).toContain('Things I can do on my own\n  • go for a walk with headphones on\n');
		expect(result.stdout).toContain('Professionals and crisis services\n  (nothing here yet)\n');
		expect(result.stdout).not.toContain('a long shower');
	});

	it('shows escape sequences in the plan inert', () => {
		writeEntries(home, [planEntry({coping: ['walk\u001B]0;pwned\u0007 \u001B[2J']}, new Date(2026, 10, 2, 10, 0))]);
		const result = runCope(['plan'], {home});
		expect(result.stdout).toContain('  • walk^[]0;pwned^G ^[[2J\n');
		expect(result.stdout).not.toContain('\u001B');
	});

	it('--history lists the versions, newest first; a deleted one is gone', () => {
		const deleted: Entry = {...planEntry({coping: ['x']}, new Date(2026, 10, 25, 8, 0))};
		writeEntries(home, [first, second, deleted, {...deleted, values: {}, deleted: true}]);
		const result = runCope(['plan', '--history'], {home});
		expect(result.code).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toBe(`Fri 20 Nov 2026, 21:30  ${second.id.slice(-6)}  4 items  (latest)`);
		expect(lines[1]).toBe(`Mon 2 Nov 2026, 10:00  ${first.id.slice(-6)}  2 items`);
		expect(lines[2]).toBe('See one in full: cope show <id>');
		expect(lines).toHaveLength(3);
	});

	it('--json prints the plan; with --history, every version', () => {
		writeEntries(home, [first, second]);
		const latest = JSON.parse(runCope(['plan', '--json'], {home}).stdout) as SafetyPlan;
		expect(latest.id).toBe(second.id);
		expect(latest.at).toBe(second.at);
		expect(latest.sections.map((section) => section.id)).toEqual([
			'warning-signs',
			'coping',
			'distractions',
			'people',
			'professionals',
			'environment',
			'reasons',
			'kept',
			'copies',
			'look-again',
		]);
		expect(latest.sections[6]).toEqual({id: 'reasons', title: 'Reasons for living', items: ['my sister']});
		const all = JSON.parse(runCope(['plan', '--history', '--json'], {home}).stdout) as SafetyPlan[];
		expect(all.map((plan) => plan.id)).toEqual([second.id, first.id]);
	});

	it('--json with no plan prints null', () => {
		const result = runCope(['plan', '--json'], {home});
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toBeNull();
		expect(JSON.parse(runCope(['plan', '--history', '--json'], {home}).stdout)).toEqual([]);
	});

	it('finds the plan among other entries, and warns about an unreadable plan line', () => {
		expect(runCope(['log', '5', 'fine'], {home}).code).toBe(0);
		writeEntries(home, [first]);
		const store = join(home, 'entries.jsonl');
		writeFileSync(store, readFileSync(store, 'utf8') + '{"v":1,"type":"safety-plan","values":{"coping":["cut off\n');
		expect(runCope(['log', '6'], {home}).code).toBe(0);
		const result = runCope(['plan'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('  • a long shower');
		expect(result.stderr).toContain('skipped line 3 of');
	});

	it('edit needs a terminal: exit 2, nothing written', () => {
		writeEntries(home, [first]);
		const before = readFileSync(join(home, 'entries.jsonl'));
		const result = runCope(['plan', 'edit'], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('needs a terminal');
		expect(result.stderr).toContain('cope plan');
		expect(readFileSync(join(home, 'entries.jsonl'))).toEqual(before);
	});

	it('an unknown word is bad usage (exit 2)', () => {
		const result = runCope(['plan', 'shwo'], {home});
		expect(result.code).toBe(2);
	});
});
