import {spawnSync} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {BIN, ROOT, testEnv} from './cli.js';

/** What a fast path must never load: cope's screens, and the heavy libraries, by the folder their code comes from. */
export const HEAVY_LIBRARIES: Record<string, RegExp> = {
	// The screens, and each step type's screen part (src/steps/<type>/screen/).
	'cope tui': /^src\/(tui|steps\/[^/]+\/screen)\//,
	ink: /node_modules\/(ink|yoga-layout|@inkjs)\//,
	react: /node_modules\/(react|react-reconciler|scheduler)\//,
	conf: /node_modules\/(conf|ajv)\//,
	zod: /node_modules\/zod\//,
	'chrono-node': /node_modules\/chrono-node\//,
	'csv-parse': /node_modules\/csv-parse\//,
};

/** Which sources each built file holds, as the build recorded them (dist/meta.json). */
export function builtSources(): Record<string, string[]> {
	return JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as Record<string, string[]>;
}

/**
 * Runs the built CLI with a preload that records every file the process loads (ES
 * modules and CommonJS alike), and returns the sources those files were built from.
 * Throws if the recording saw nothing of cope itself: the check would prove nothing.
 */
export function loadedSources(args: string[], home: string, input = ''): {code: number | null; stderr: string; sources: string[]} {
	const scratch = mkdtempSync(join(tmpdir(), 'cope-loads-'));
	try {
		const out = join(scratch, 'loaded.txt');
		const hook = join(ROOT, 'test', 'helpers', 'record-loads.mjs');
		const result = spawnSync(process.execPath, ['--import', hook, BIN, ...args], {env: {...testEnv(home), COPE_LOADS_FILE: out}, encoding: 'utf8', input, timeout: 30_000});
		const files = [...new Set(readFileSync(out, 'utf8').split('\n').filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url)))];
		const dist = join(ROOT, 'dist');
		if (!files.includes(join(dist, 'cli.cjs'))) throw new Error(`the recording did not see dist/cli.cjs load (cope ${args.join(' ')}): ${result.stderr}`);
		const outputs = builtSources();
		const sources = files.flatMap((file) => (file.startsWith(dist) ? (outputs[file.slice(dist.length + 1)] ?? [file]) : [file]));
		return {code: result.status, stderr: result.stderr, sources};
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}

/** The heavy libraries `cope <args>` loads. */
export function librariesLoaded(args: string[], home: string): string[] {
	const {sources} = loadedSources(args, home);
	return Object.entries(HEAVY_LIBRARIES)
		.filter(([, folder]) => sources.some((source) => folder.test(source)))
		.map(([name]) => name);
}

/**
 * The Node modules (builtins such as "crypto") `cope <args>` loads once started, recorded
 * by a preload that hooks nothing else (a loader hook would load streams of its own), and
 * "(process.stdin)" when it made process.stdin.
 */
export function builtinsLoaded(args: string[], home: string, input = ''): {code: number | null; builtins: string[]} {
	const scratch = mkdtempSync(join(tmpdir(), 'cope-builtins-'));
	try {
		const out = join(scratch, 'builtins.txt');
		const hook = join(ROOT, 'test', 'helpers', 'record-builtins.mjs');
		// stdin from a file, as `cope log 5 x < /dev/null` has it: Node reads that with fs streams.
		writeFileSync(join(scratch, 'stdin.txt'), input);
		const stdin = openSync(join(scratch, 'stdin.txt'), 'r');
		try {
			const result = spawnSync(process.execPath, ['--import', hook, BIN, ...args], {env: {...testEnv(home), COPE_BUILTINS_FILE: out}, encoding: 'utf8', stdio: [stdin, 'pipe', 'pipe'], timeout: 30_000});
			return {code: result.status, builtins: readFileSync(out, 'utf8').split('\n').filter((name) => name !== '')};
		} finally {
			closeSync(stdin);
		}
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}
