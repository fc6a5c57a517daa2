import {spawnSync} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative, sep} from 'node:path';
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

/** Each built file (a path within dist/): the sources it holds and the built files it imports statically, as the build recorded them. */
export type BuiltFiles = Record<string, {sources: string[]; imports: string[]}>;

export function builtFiles(): BuiltFiles {
	return JSON.parse(readFileSync(join(ROOT, 'dist', 'meta.json'), 'utf8')) as BuiltFiles;
}

/** The built files Node reads with `file`, before any import(): it and its static imports, all the way down. */
export function staticallyLoaded(file: string, built: BuiltFiles = builtFiles()): string[] {
	const seen = new Set<string>();
	const visit = (name: string): void => {
		if (seen.has(name)) return;
		seen.add(name);
		for (const imported of built[name]?.imports ?? []) visit(imported);
	};
	visit(file);
	return [...seen];
}

/** The heavy libraries (HEAVY_LIBRARIES) among these sources. */
export function heavyIn(sources: readonly string[]): string[] {
	return Object.entries(HEAVY_LIBRARIES)
		.filter(([, folder]) => sources.some((source) => folder.test(source)))
		.map(([name]) => name);
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
		const result = spawnSync(process.execPath, ['--import', hook, BIN, ...args], {
			env: {...testEnv(home), COPE_LOADS_FILE: out},
			encoding: 'utf8',
			input,
			timeout: 30_000,
		});
		const files = [
			...new Set(
				readFileSync(out, 'utf8')
					.split('\n')
					.filter((url) => url.startsWith('file:'))
					.map((url) => fileURLToPath(url)),
			),
		];
		const dist = join(ROOT, 'dist');
		if (!files.includes(join(dist, 'cli.js')))
			throw new Error(`the recording did not see dist/cli.js load (cope ${args.join(' ')}): ${result.stderr}`);
		const built = builtFiles();
		const sources = files.flatMap((file) =>
			file.startsWith(dist) ? (built[relative(dist, file).split(sep).join('/')]?.sources ?? [file]) : [file],
		);
		return {code: result.status, stderr: result.stderr, sources};
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}

/** The heavy libraries `cope <args>` loads. */
export function librariesLoaded(args: string[], home: string): string[] {
	return heavyIn(loadedSources(args, home).sources);
}

/**
 * The Node modules (builtins such as "crypto") `cope <args>` loads once started, recorded
 * by a preload that hooks nothing else (a loader hook would load streams of its own), and
 * "(process.stdin)" when it made process.stdin.
 */
export function builtinsLoaded(
	args: string[],
	home: string,
	input = '',
	/** 'ignore': standard output is /dev/null, as a script that throws it away has it. */
	stdout: 'pipe' | 'ignore' = 'pipe',
): {code: number | null; builtins: string[]} {
	const scratch = mkdtempSync(join(tmpdir(), 'cope-builtins-'));
	try {
		const out = join(scratch, 'builtins.txt');
		const hook = join(ROOT, 'test', 'helpers', 'record-builtins.mjs');
		// stdin from a file, as `cope log 5 x < /dev/null` has it: Node reads that with fs streams.
		writeFileSync(join(scratch, 'stdin.txt'), input);
		const stdin = openSync(join(scratch, 'stdin.txt'), 'r');
		try {
			const result = spawnSync(process.execPath, ['--import', hook, BIN, ...args], {
				env: {...testEnv(home), COPE_BUILTINS_FILE: out},
				encoding: 'utf8',
				stdio: [stdin, stdout, 'pipe'],
				timeout: 30_000,
			});
			return {
				code: result.status,
				builtins: readFileSync(out, 'utf8')
					.split('\n')
					.filter((name) => name !== ''),
			};
		} finally {
			closeSync(stdin);
		}
	} finally {
		rmSync(scratch, {recursive: true, force: true});
	}
}
