import {ESLint} from 'eslint';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../helpers/cli.js';

// The layer rules of eslint.config.js (docs/architecture.md, "Layers"), run through ESLint's
// own API on files that exist only in the test: a deliberate bad import must fail the lint.

// The probes are not on disk, so TypeScript's project cannot type them: the rules that need
// types are left out here (the layer rules need none).
const eslint = new ESLint({
	cwd: ROOT,
	overrideConfig: {
		languageOptions: {parserOptions: {projectService: false}},
		rules: {'@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off'},
	},
});

/** The rules that fail on `code` as if it were the file `path` (within the repository). */
async function failures(path: string, code: string): Promise<Array<{rule: string | null; message: string}>> {
	const [result] = await eslint.lintText(code, {filePath: join(ROOT, path)});
	return (result?.messages ?? []).map(({ruleId, message}) => ({rule: ruleId, message}));
}

describe('the layer rules', () => {
	it('pass a domain file that imports only the domain and takes its time as a parameter', async () => {
		const good = [
			"import {localDay} from './entry.js';",
			'',
			'export function today(now: Date): string {',
			'\treturn localDay(now.toISOString());',
			'}',
			'',
		].join('\n');
		expect(await failures('src/domain/lint-probe.ts', good)).toEqual([]);
	});

	it('fail a domain file that imports the store, node:fs or a screen', async () => {
		const bad = [
			"import {readFileSync} from 'node:fs';",
			"import {appendEntry} from '../store/entries.js';",
			'',
			'export const both = [readFileSync, appendEntry];',
			'',
		].join('\n');
		const found = await failures('src/domain/lint-probe.ts', bad);
		expect(found.map((f) => f.rule)).toEqual(['@typescript-eslint/no-restricted-imports', '@typescript-eslint/no-restricted-imports']);
		expect(found[0]?.message).toMatch(/'node:fs'.*reads no files/);
		expect(found[1]?.message).toMatch(/'\.\.\/store\/entries\.js'.*knows no store/);
		expect(await failures('src/domain/lint-probe.ts', "export const screen = () => import('../tui/run-tui.js');\n")).toEqual([
			expect.objectContaining({rule: 'no-restricted-syntax'}),
		]);
	});

	it('fail domain code that reads the clock or makes randomness itself', async () => {
		const bad = [
			'export const a = new Date();',
			'export const b = Date.now();',
			'export const c = Math.random();',
			'export const d = new Date(2026, 0, 1);',
			'',
		].join('\n');
		const found = await failures('src/domain/lint-probe.ts', bad);
		expect(found.map((f) => f.rule)).toEqual(['no-restricted-syntax', 'no-restricted-properties', 'no-restricted-properties']);
		expect(found.every((f) => /time and randomness are passed in/.test(f.message))).toBe(true);
	});

	it('fail a screen that imports a command, and a store module that imports a screen', async () => {
		expect(
			await failures(
				'src/tui/lint-probe.ts',
				"import {afterEntrySaved} from '../commands/after-save.js';\nexport const a = afterEntrySaved;\n",
			),
		).toEqual([expect.objectContaining({rule: '@typescript-eslint/no-restricted-imports'})]);
		expect(await failures('src/store/lint-probe.ts', "import {runTui} from '../tui/run-tui.js';\nexport const a = runTui;\n")).toEqual([
			expect.objectContaining({rule: '@typescript-eslint/no-restricted-imports'}),
		]);
		expect(await failures('src/safety/lint-probe.ts', "import {Box} from 'ink';\nexport const a = Box;\n")).toHaveLength(1);
	});

	it('fail a command that imports Ink or zod at the top, or the CLI; pass one that loads them with import()', async () => {
		const bad = [
			"import {render} from 'ink';",
			"import * as z from 'zod';",
			"import {main} from '../cli.js';",
			'',
			'export const all = [render, z, main];',
			'',
		].join('\n');
		expect((await failures('src/commands/lint-probe.ts', bad)).map((f) => f.rule)).toEqual(
			Array(3).fill('@typescript-eslint/no-restricted-imports'),
		);
		const good = [
			"import type {TuiOutcome} from '../tui/run-tui.js';",
			'',
			'export async function open(): Promise<TuiOutcome | undefined> {',
			"\tconst {render} = await import('ink');",
			'\treturn render === undefined ? undefined : undefined;',
			'}',
			'',
		].join('\n');
		expect(await failures('src/commands/lint-probe.ts', good)).toEqual([]);
	});
});
