import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import Module from 'node:module';
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

/**
 * How bin/compiled.js loaded a built file: 'cache' (the build's, used), 'cache-refused' (offered,
 * refused by V8), 'compiled' (none offered) or 'node-cache' (none offered; Node 22+'s own cache).
 */
function loadedHow(root: string, file = 'cli.cjs'): string {
	const probe = 'process.stdout.write(require(process.argv[1]).compile(process.argv[2]).how);';
	const result = spawnSync(process.execPath, ['-e', probe, join(root, 'bin', 'compiled.js'), join(root, 'dist', file)], {encoding: 'utf8'});
	expect(result.stderr).toBe('');
	return result.stdout;
}

/** What loading without a usable cache looks like under this Node. */
const WITHOUT_CACHE = typeof (Module as {enableCompileCache?: unknown}).enableCompileCache === 'function' ? 'node-cache' : 'compiled';
const BUILT = JSON.parse(readFileSync(join(ROOT, 'dist', 'build.json'), 'utf8')) as {id: string; node: string};
/** The build's caches are this Node's own. */
const SAME_NODE = BUILT.node === process.version;

/** Rewrites dist/cli.cjs as a new build would: a changed text of the same length, and a new id. */
function rebuildWithSameLength(root: string): void {
	const file = join(root, 'dist', 'cli.cjs');
	const code = readFileSync(file, 'utf8');
	expect(code).toContain(String.raw`"Saved.\n"`);
	writeFileSync(file, code.replaceAll(String.raw`"Saved.\n"`, String.raw`"Kept..\n"`).replace(/^\/\*cope-build:[0-9a-f]{16}/, `${MARK}${'f'.repeat(16)}`));
}

describe('start-up from the code cache', () => {
	it('every built file has a cache of this build, and the Node that built them uses them', () => {
		expect(BUILT.id).toMatch(/^[0-9a-f]{16}$/);
		const files = Object.keys(JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as object);
		expect(files).toEqual(expect.arrayContaining(['cli.cjs', 'tui.cjs', 'vendor/ui.cjs', 'vendor/zod.cjs']));
		for (const file of files) {
			expect(readFileSync(join(ROOT, 'dist', file), 'utf8').slice(0, MARK.length + 16), file).toBe(MARK + BUILT.id);
			expect(readFileSync(join(ROOT, 'dist', `${file}.cache`)).toString('latin1', 0, 32), file).toBe(BUILT.id + BUILT.node.padEnd(16));
		}
		// Under another Node (CI runs the suite on 22 and 24 too) they are not offered to V8.
		expect(loadedHow(ROOT)).toBe(SAME_NODE ? 'cache' : WITHOUT_CACHE);
		expect(loadedHow(ROOT, 'vendor/ui.cjs')).toBe(SAME_NODE ? 'cache' : WITHOUT_CACHE);
	});

	it("never runs another build's cache: a rebuilt cli.cjs of the same length runs its own code", () => {
		const root = install();
		rebuildWithSameLength(root);
		expect(loadedHow(root)).toBe(WITHOUT_CACHE);
		const result = cope(root, ['log', '5', 'a note']);
		expect(result).toMatchObject({code: 0, stdout: 'Kept..\n', stderr: ''});
	});

	it('a damaged cache is refused by V8 and cope runs as usual', () => {
		const root = install();
		const cache = join(root, 'dist', 'cli.cjs.cache');
		const bytes = readFileSync(cache);
		writeFileSync(cache, Buffer.concat([bytes.subarray(0, 32), Buffer.alloc(bytes.length - 32, 0x5a)]));
		expect(loadedHow(root)).toBe(SAME_NODE ? 'cache-refused' : WITHOUT_CACHE);
		const result = cope(root, ['log', '5', 'a note']);
		expect(result).toMatchObject({code: 0, stdout: 'Saved.\n', stderr: ''});
		expect(cope(root, ['list']).stdout).toContain('mood 5 — a note');
	});

	it('without a cache cope runs as usual', () => {
		const root = install();
		rmSync(join(root, 'dist', 'cli.cjs.cache'));
		expect(loadedHow(root)).toBe(WITHOUT_CACHE);
		expect(cope(root, ['log', '5', 'a note'])).toMatchObject({code: 0, stdout: 'Saved.\n', stderr: ''});
	});
});
