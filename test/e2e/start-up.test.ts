import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ROOT, testEnv} from '../helpers/cli.js';

// bin/compiled.js runs each built file from the V8 code cache the build kept (dist/cli.cjs.cache, …),
// but only one made from this very build: V8 itself checks little more than the source's
// length, and would run stale code for a changed file of the same length.

const MARK = '/*cope-build:';

const cleanups: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanups.splice(0)) done();
});

/** A copy of the installed package (bin, dist, exercises, package.json) to change freely. */
function install(): string {
	const root = mkdtempSync(join(tmpdir(), 'cope-install-'));
	cleanups.push(() => rmSync(root, {recursive: true, force: true}));
	for (const part of ['bin', 'dist', 'exercises', 'package.json']) cpSync(join(ROOT, part), join(root, part), {recursive: true, filter: (file) => !file.endsWith('.map')});
	return root;
}

function cope(root: string, args: string[]): {code: number | null; stdout: string; stderr: string; home: string} {
	const home = join(root, 'home');
	const result = spawnSync(process.execPath, [join(root, 'bin', 'cope.js'), ...args], {env: testEnv(home), encoding: 'utf8', input: ''});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr, home};
}

/** What bin/compiled.js did with a built file's cache: undefined (not offered), false (used) or true (refused by V8). */
function cacheRejected(root: string, file = 'cli.cjs'): boolean | undefined {
	const probe = "const {script} = require(process.argv[1]).compile(process.argv[2]); process.stdout.write(String(script.cachedDataRejected));";
	const result = spawnSync(process.execPath, ['-e', probe, join(root, 'bin', 'compiled.js'), join(root, 'dist', file)], {encoding: 'utf8'});
	expect(result.stderr).toBe('');
	return result.stdout === 'undefined' ? undefined : result.stdout === 'true';
}

/** Rewrites dist/cli.cjs as a new build would: a changed text of the same length, and a new id. */
function rebuildWithSameLength(root: string): void {
	const file = join(root, 'dist', 'cli.cjs');
	const code = readFileSync(file, 'utf8');
	expect(code).toContain(String.raw`"Saved.\n"`);
	writeFileSync(file, code.replaceAll(String.raw`"Saved.\n"`, String.raw`"Kept..\n"`).replace(/^\/\*cope-build:[0-9a-f]{16}/, `${MARK}${'f'.repeat(16)}`));
}

describe('start-up from the code cache', () => {
	it('every built file has a cache of this build, and the Node that built them uses them', () => {
		const built = JSON.parse(readFileSync(join(ROOT, 'dist', 'build.json'), 'utf8')) as {id: string; node: string};
		expect(built.id).toMatch(/^[0-9a-f]{16}$/);
		const files = Object.keys(JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as object);
		expect(files).toEqual(expect.arrayContaining(['cli.cjs', 'tui.cjs', 'vendor/ui.cjs', 'vendor/zod.cjs']));
		for (const file of files) {
			expect(readFileSync(join(ROOT, 'dist', file), 'utf8').slice(0, MARK.length + 16), file).toBe(MARK + built.id);
			expect(readFileSync(join(ROOT, 'dist', `${file}.cache`)).toString('latin1', 0, 16), file).toBe(built.id);
		}
		// Under another Node (CI runs the suite on 22 and 24 too) V8 refuses them, and that is fine.
		expect(cacheRejected(ROOT)).toBe(built.node === process.version ? false : true);
		expect(cacheRejected(ROOT, 'vendor/ui.cjs')).toBe(built.node === process.version ? false : true);
	});

	it("never runs another build's cache: a rebuilt cli.cjs of the same length runs its own code", () => {
		const root = install();
		rebuildWithSameLength(root);
		expect(cacheRejected(root)).toBeUndefined();
		const result = cope(root, ['log', '5', 'a note']);
		expect(result).toMatchObject({code: 0, stdout: 'Kept..\n', stderr: ''});
	});

	it('a damaged cache is refused by V8 and cope runs as usual', () => {
		const root = install();
		const cache = join(root, 'dist', 'cli.cjs.cache');
		const bytes = readFileSync(cache);
		writeFileSync(cache, Buffer.concat([bytes.subarray(0, 16), Buffer.alloc(bytes.length - 16, 0x5a)]));
		expect(cacheRejected(root)).toBe(true);
		const result = cope(root, ['log', '5', 'a note']);
		expect(result).toMatchObject({code: 0, stdout: 'Saved.\n', stderr: ''});
		expect(cope(root, ['list']).stdout).toContain('mood 5 — a note');
	});

	it('without a cache cope runs as usual', () => {
		const root = install();
		rmSync(join(root, 'dist', 'cli.cjs.cache'));
		expect(cacheRejected(root)).toBeUndefined();
		expect(cope(root, ['log', '5', 'a note'])).toMatchObject({code: 0, stdout: 'Saved.\n', stderr: ''});
	});
});
