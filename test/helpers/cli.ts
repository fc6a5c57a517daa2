import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {afterEach} from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The built cope; COPE_TEST_BIN runs the tests against another build (e.g. an older one, to see a test fail there). */
export const BIN = process.env['COPE_TEST_BIN'] ?? join(ROOT, 'bin', 'cope.js');

export interface CopeResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

export interface RunOptions {
	home?: string;
	input?: string;
	env?: NodeJS.ProcessEnv;
}

/**
 * The environment the built CLI runs with in tests: no colour, a fixed locale, no CI
 * quirks, and no first-run note (test/commands/first-run.test.ts turns it back on with
 * `COPE_NO_WELCOME: undefined`).
 */
export function testEnv(home: string | undefined, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		PATH: process.env['PATH'],
		HOME: process.env['HOME'],
		TZ: process.env['TZ'] ?? 'UTC',
		LANG: 'en_GB.UTF-8',
		NO_COLOR: '1',
		COPE_NO_WELCOME: '1',
		...extra,
	};
	if (home !== undefined) env['COPE_HOME'] = home;
	return env;
}

/** Runs the built `cope` as a child process and waits for it. */
export function runCope(args: string[], options: RunOptions = {}): CopeResult {
	const result = spawnSync(process.execPath, [BIN, ...args], {
		env: testEnv(options.home, options.env),
		input: options.input ?? '',
		encoding: 'utf8',
		timeout: 30_000,
		// A large store's `list -n all --json` is many megabytes.
		maxBuffer: 256 * 1024 * 1024,
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

/** Same, asynchronously (for running many at once). */
export function runCopeAsync(args: string[], options: RunOptions = {}): Promise<CopeResult> {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, [BIN, ...args], {env: testEnv(options.home, options.env)});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (data: string) => (stdout += data));
		child.stderr.setEncoding('utf8').on('data', (data: string) => (stderr += data));
		child.on('error', reject);
		child.on('close', (code) => resolvePromise({code, stdout, stderr}));
		child.stdin.end(options.input ?? '');
	});
}

/** A fresh data directory for one test; remove it with the returned cleanup. */
export function makeHome(): {home: string; cleanup: () => void} {
	const parent = mkdtempSync(join(tmpdir(), 'cope-test-'));
	const home = join(parent, 'home');
	return {home, cleanup: () => rmSync(parent, {recursive: true, force: true})};
}

/**
 * For a test file that wants a fresh data directory now and then: returns the maker, and
 * removes every directory it made after each test.
 */
export function homesRemovedAfterEach(): () => string {
	const cleanups: Array<() => void> = [];
	afterEach(() => {
		for (const done of cleanups.splice(0)) done();
	});
	return () => {
		const made = makeHome();
		cleanups.push(made.cleanup);
		return made.home;
	};
}

/** The parsed lines of a store's entries.jsonl (every line, in order). */
export function readStoreLines(home: string): unknown[] {
	let text = '';
	try {
		text = readFileSync(join(home, 'entries.jsonl'), 'utf8');
	} catch {
		return [];
	}
	return text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as unknown);
}
