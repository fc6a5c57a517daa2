import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {BIN, makeHome, ROOT, runCope, testEnv} from '../helpers/cli.js';

/** Sources that must never load on the fast paths: the TUI stack and the slow-to-import libraries. */
const HEAVY = /node_modules\/(ink|react|react-reconciler|yoga-layout|@inkjs|conf|ajv|zod|chrono-node)\//;

const meta = (): Record<string, string[]> => JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Record<string, string[]>;

function loadedSources(args: string[], home: string): {code: number | null; sources: string[]} {
	const out = join(home, '..', `loads-${Math.random().toString(36).slice(2)}.txt`);
	const hook = join(ROOT, 'test', 'helpers', 'record-loads.mjs');
	const result = spawnSync(process.execPath, ['--import', hook, BIN, ...args], {env: {...testEnv(home), COPE_LOADS_FILE: out}, encoding: 'utf8', input: ''});
	const urls = readFileSync(out, 'utf8').split('\n').filter((url) => url.startsWith('file:'));
	const outputs = meta();
	const dist = join(ROOT, 'dist');
	const sources = urls.flatMap((url) => {
		const file = fileURLToPath(url);
		if (!file.startsWith(dist)) return [file];
		return outputs[file.slice(dist.length + 1)] ?? [file];
	});
	return {code: result.status, sources};
}

let home: string;
let cleanup: () => void;
beforeAll(() => {
	({home, cleanup} = makeHome());
	runCope(['log', '5', 'seed'], {home});
});
afterAll(() => cleanup());

describe('fast paths never load Ink, React, conf, zod or chrono', () => {
	it('the check itself sees heavy modules when a command does load them', () => {
		// Guards the guard: `config set` loads conf, and the recording must see it, or the tests below prove nothing.
		const {code, sources} = loadedSources(['config', 'set', 'alerts.urge', '7'], home);
		expect(code).toBe(0);
		expect(sources.some((source) => /node_modules\/conf\//.test(source))).toBe(true);
	});

	it.each([
		['log', ['log', '5', 'a note']],
		['journal', ['journal', 'some words']],
		['list', ['list']],
		['list --json', ['list', '--json']],
		['show', ['show', 'ZZZZ']],
	])('%s', (_name, args) => {
		const {sources} = loadedSources(args, home);
		expect(sources.length).toBeGreaterThan(0);
		expect(sources.filter((source) => HEAVY.test(source))).toEqual([]);
	});
});
