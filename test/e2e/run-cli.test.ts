import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {makeHome, readStoreLines, ROOT, runCope} from '../helpers/cli.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
	for (const done of cleanups.splice(0)) done();
});

function home(): string {
	const made = makeHome();
	cleanups.push(made.cleanup);
	return made.home;
}

describe('cope run', () => {
	it('an unknown exercise is bad input (exit 2) naming the ids there are; nothing is written', () => {
		const dir = home();
		const result = runCope(['run', 'nope'], {home: dir});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('cope: there is no exercise called "nope".');
		expect(result.stderr).toMatch(/Exercises: .*thought-record.*journal.*mood-log/);
		expect(existsSync(dir)).toBe(false);
	});

	it('without a terminal it says so and exits 2 instead of hanging', () => {
		const dir = home();
		const result = runCope(['run', 'journal'], {home: dir});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('cope run journal needs a terminal');
		expect(readStoreLines(dir)).toEqual([]);
	});

	it('cope log and cope journal with nothing given, and cope alone, also refuse without a terminal', () => {
		const dir = home();
		expect(runCope(['log'], {home: dir}).code).toBe(2);
		expect(runCope(['journal'], {home: dir}).code).toBe(2);
		expect(runCope([], {home: dir}).code).toBe(2);
	});

	it('is listed in the help', () => {
		const result = runCope(['run', '--help']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('cope run thought-record');
	});
});

/** Files a bundle file loads statically (not through import()). */
function staticImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found: string[] = [];
	for (const match of text.matchAll(/^import\s*(?:[^'"()]*?\sfrom\s*)?["'](\.[^"']+)["'];?/gm)) {
		if (match[1]) found.push(join(dirname(file), match[1]));
	}
	return found;
}

describe('the fast paths', () => {
	it('load neither Ink nor React at start-up: they sit only behind import()', () => {
		const seen = new Set<string>();
		const queue = [join(ROOT, 'dist', 'cli.js')];
		while (queue.length > 0) {
			const file = queue.pop() as string;
			if (seen.has(file)) continue;
			seen.add(file);
			queue.push(...staticImports(file));
		}
		const loaded = [...seen].map((file) => readFileSync(file, 'utf8')).join('\n');
		expect(seen.size).toBeGreaterThan(1);
		expect(loaded).not.toContain('Raw mode is not supported');
		expect(loaded).not.toContain('react.transitional.element');
		// ...and the TUI itself is in the bundle, just not on that path.
		const all = readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8');
		expect(all).toMatch(/import\("\.\/chunks\/run-screen-[A-Z0-9]+\.js"\)/);
		const chunks = readdirSync(join(ROOT, 'dist', 'chunks')).filter((name) => name.endsWith('.js'));
		expect(chunks.some((name) => readFileSync(join(ROOT, 'dist', 'chunks', name), 'utf8').includes('Raw mode is not supported'))).toBe(true);
	});
});
