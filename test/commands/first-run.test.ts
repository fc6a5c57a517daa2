import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {type CopeResult, makeHome, runCope} from '../helpers/cli.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

/** The suite's environment turns the note off (test/helpers/cli.ts); these tests are about it. */
function run(args: string[], dir = home): CopeResult {
	return runCope(args, {home: dir, env: {COPE_NO_WELCOME: undefined}});
}

const NOTE =
	'cope supports therapy and self-help; it does not replace professional care.\nHelp is there whenever you need it: cope sos (or ctrl+g inside cope).\n';

describe('the first-run note', () => {
	it('appears once, on stderr, for a bare `cope log`, and never again', () => {
		const first = run(['log', '6']);
		expect(first.code).toBe(0);
		expect(first.stdout).toBe('Saved.\n');
		expect(first.stderr).toBe(NOTE);
		expect(existsSync(join(home, 'state.json'))).toBe(true);
		for (const args of [['log', '7'], ['list'], ['sos'], ['plan']]) {
			const later = run(args);
			expect(later.stderr, args.join(' ')).not.toContain('does not replace');
			expect(later.stdout, args.join(' ')).not.toContain('does not replace');
		}
	});

	it('comes even before a command that is refused, which writes nothing: so it comes again, until one succeeds', () => {
		const bare = run(['log']);
		expect(bare.code).toBe(2);
		expect(bare.stdout).toBe('');
		expect(bare.stderr.startsWith(NOTE)).toBe(true);
		expect(bare.stderr).toContain('needs a terminal');
		const refused = run(['log', '11']);
		expect(refused.code).toBe(2);
		expect(refused.stderr.startsWith(NOTE)).toBe(true);
		expect(existsSync(home)).toBe(false);
		expect(run(['log', '5']).stderr).toBe(NOTE);
		expect(run(['log', '5']).stderr).toBe('');
	});

	it('never touches --json output', () => {
		const result = run(['list', '--json']);
		expect(result.code).toBe(0);
		expect(JSON.parse(result.stdout)).toEqual([]);
		expect(result.stderr).toBe(NOTE);
	});

	it('comes before anything else cope says', () => {
		const result = run(['sos']);
		expect(result.code).toBe(0);
		expect(result.stderr.startsWith(NOTE)).toBe(true);
		expect(result.stdout).not.toContain('does not replace');
	});

	it('is remembered per data directory', () => {
		run(['where']);
		const state = JSON.parse(readFileSync(join(home, 'state.json'), 'utf8')) as {welcomed?: string};
		expect(Number.isNaN(Date.parse(state.welcomed ?? ''))).toBe(false);
		const other = makeHome();
		try {
			expect(run(['where'], other.home).stderr).toBe(NOTE);
		} finally {
			other.cleanup();
		}
	});

	it('COPE_NO_WELCOME=1 leaves it out and writes nothing', () => {
		const result = runCope(['list'], {home, env: {COPE_NO_WELCOME: '1'}});
		expect(result.code).toBe(0);
		expect(result.stderr).toBe('');
		expect(existsSync(home)).toBe(false);
		expect(run(['list']).stderr).toBe(NOTE);
	});

	it('is not shown for --help or --version', () => {
		expect(run(['--help']).stderr).toBe('');
		expect(run(['--version']).stderr).toBe('');
		expect(run(['log', '--help']).stderr).toBe('');
		expect(existsSync(join(home, 'state.json'))).toBe(false);
	});
});
