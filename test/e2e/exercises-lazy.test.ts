import {readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../helpers/cli.js';

/** The built files node loads before any command runs: dist/cli.js and its static imports. */
function loadedAtStartup(entry: string): Map<string, string> {
	const files = new Map<string, string>();
	const visit = (file: string): void => {
		if (files.has(file)) return;
		const text = readFileSync(file, 'utf8');
		files.set(file, text);
		// Static `import … from "./x.js"` and `import "./x.js"`; dynamic import("./x.js") is not followed.
		for (const match of text.matchAll(/(?:\bfrom\s*|^import\s*)"(\.{1,2}\/[^"]+)"/gm)) visit(resolve(dirname(file), match[1] as string));
	};
	visit(entry);
	return files;
}

// zod marks each of its classes with a name like "$ZodType"; esbuild keeps these strings.
const ZOD = '"$ZodType"';

describe('exercise files are read only by the commands that need them', () => {
	it('keeps zod out of what every command loads at start-up (cope log stays fast)', () => {
		const startup = loadedAtStartup(join(ROOT, 'dist', 'cli.js'));
		expect(startup.size).toBeGreaterThan(1);
		for (const [file, text] of startup) expect(text.includes(ZOD), `${file} loads zod at start-up`).toBe(false);
	});

	it('puts zod in the lazily loaded exercises code (so the check above can fail)', () => {
		const cli = readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8');
		const lazy = /import\("(\.\/chunks\/exercise-catalog-[^"]+)"\)/.exec(cli)?.[1];
		expect(lazy).toBeDefined();
		const reachable = loadedAtStartup(join(ROOT, 'dist', lazy as string));
		expect([...reachable.values()].some((text) => text.includes(ZOD))).toBe(true);
	});
});
