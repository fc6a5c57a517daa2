import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

const NOTE = 'cope supports therapy and self-help; it does not replace professional care.\nHelp is there whenever you need it: cope sos (or ctrl+g inside cope).\n';

describe('the first-run note', () => {
	it('appears once, on stderr, for a bare `cope log`, and never again', () => {
		const first = runCope(['log', '6'], {home});
		expect(first.code).toBe(0);
		expect(first.stdout).toBe('Saved.\n');
		expect(first.stderr).toBe(NOTE);
		expect(existsSync(join(home, 'state.json'))).toBe(true);
		for (const args of [['log', '7'], ['list'], ['sos'], ['plan']]) {
			const later = runCope(args, {home});
			expect(later.stderr, args.join(' ')).not.toContain('does not replace');
			expect(later.stdout, args.join(' ')).not.toContain('does not replace');
		}
	});

	it('comes even before a bare `cope log` that cannot run here, and then never again', () => {
		const bare = runCope(['log'], {home});
		expect(bare.code).toBe(2);
		expect(bare.stdout).toBe('');
		expect(bare.stderr.startsWith(NOTE)).toBe(true);
		expect(bare.stderr).toContain('needs a terminal');
		const next = runCope(['log'], {home});
		expect(next.stderr).not.toContain('does not replace');
		expect(runCope(['log', '5'], {home}).stderr).toBe('');
	});

	it('never touches --json output', () => {
		const result = runCope(['list', '--json'], {home});
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual([]);
		expect(result.stderr).toBe(NOTE);
	});

	it('comes before anything else cope says', () => {
		const result = runCope(['sos'], {home});
		expect(result.code).toBe(0);
		expect(result.stderr.startsWith(NOTE)).toBe(true);
		expect(result.stdout).not.toContain('does not replace');
	});

	it('is remembered per data directory', () => {
		runCope(['where'], {home});
		const state = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')) as {welcomed?: string};
		expect(Number.isNaN(Date.parse(state.welcomed ?? ''))).toBe(false);
		const other = makeHome();
		try {
			expect(runCope(['where'], {home: other.home}).stderr).toBe(NOTE);
		} finally {
			other.cleanup();
		}
	});

	it('is not shown for --help or --version', () => {
		expect(runCope(['--help'], {home}).stderr).toBe('');
		expect(runCope(['--version'], {home}).stderr).toBe('');
		expect(runCope(['log', '--help'], {home}).stderr).toBe('');
		expect(existsSync(join(home, 'state.json'))).toBe(false);
	});
});
