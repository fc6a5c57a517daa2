import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {BIN, testEnv} from './cli.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID-shaped id that grows with `n` (what cope's ids do over time). */
export function fakeId(n: number): string {
	let tail = '';
	let rest = n;
	for (let i = 0; i < 10; i++) {
		tail = (CROCKFORD[rest % 32] as string) + tail;
		rest = Math.floor(rest / 32);
	}
	return `01KA000000000000${tail}`;
}

/**
 * A store of `count` mood entries written straight to entries.jsonl (20k in a few
 * ms): large enough that a rewrite takes long enough to be caught part-way.
 * Notes are "filler N". Returns the ids, oldest first.
 */
export function generateStore(home: string, count: number): string[] {
	mkdirSync(home, {recursive: true, mode: 0o700});
	const ids: string[] = [];
	const lines: string[] = [];
	const start = Date.UTC(2020, 0, 1);
	for (let i = 0; i < count; i++) {
		const id = fakeId(i);
		ids.push(id);
		const at = new Date(start + i * 3_600_000).toISOString().replace('.000Z', '+00:00');
		lines.push(
			`{"v":1,"id":"${id}","at":"${at}","type":"mood","exercise":"mood-log","created":"${at}","tags":[],"values":{"mood":${i % 11},"note":"filler ${i}"},"metrics":{"mood":${i % 11}}}`,
		);
	}
	writeFileSync(join(home, 'entries.jsonl'), lines.join('\n') + '\n', {mode: 0o600});
	return ids;
}

/** Starts the built cope without waiting (so the test can stop or kill it at a moment it chooses). */
export function startCope(
	args: string[],
	home: string,
	env: NodeJS.ProcessEnv = {},
): {child: ChildProcess; done: Promise<{code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string}>} {
	const child = spawn(process.execPath, [BIN, ...args], {env: testEnv(home, env)});
	let stdout = '';
	let stderr = '';
	child.stdout?.setEncoding('utf8').on('data', (data: string) => (stdout += data));
	child.stderr?.setEncoding('utf8').on('data', (data: string) => (stderr += data));
	child.stdin?.end('');
	const done = new Promise<{code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string}>((resolveDone) =>
		child.on('close', (code, signal) => resolveDone({code, signal, stdout, stderr})),
	);
	return {child, done};
}

/** The name of a temp copy of entries.jsonl in `dir` written by `pid`, if there is one now. */
export function tempOf(dir: string, pid: number): string | undefined {
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch {
		return undefined;
	}
	return names.find((name) => name.startsWith(`.entries.jsonl.${pid}.`) && name.endsWith('.tmp'));
}

/**
 * Waits, polling as fast as the file system answers (a tester watching the folder),
 * until `seen()` is true, then sends `signal` to `pid` at once. Returns false if the
 * process ended first or the time ran out.
 */
export function signalWhen(pid: number, seen: () => boolean, signal: NodeJS.Signals, timeoutMs = 20_000): boolean {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (seen()) {
			try {
				process.kill(pid, signal);
				return true;
			} catch {
				return false;
			}
		}
		try {
			process.kill(pid, 0);
		} catch {
			return false;
		}
	}
	return false;
}

/** The size of a file, or -1 if it is not there. */
export function sizeOf(path: string): number {
	try {
		return statSync(path).size;
	} catch {
		return -1;
	}
}

/** Every file under `dir` (names starting with a dot too), with its bytes. */
export function allFiles(dir: string): Array<{path: string; data: Buffer}> {
	const files: Array<{path: string; data: Buffer}> = [];
	for (const name of readdirSync(dir, {recursive: true}) as string[]) {
		const path = join(dir, name);
		try {
			if (statSync(path).isFile()) files.push({path, data: readFileSync(path)});
		} catch {
			// Gone meanwhile.
		}
	}
	return files;
}

/** The files under `dir` that hold `words` anywhere. */
export function filesHolding(dir: string, words: string): string[] {
	return allFiles(dir)
		.filter((file) => file.data.includes(Buffer.from(words)))
		.map((file) => file.path);
}

/** A small file system that can be filled up: a tmpfs when this process may mount one (root, as in CI), else an injected ENOSPC. */
export interface FullDisk {
	/** The data directory, on the small file system. */
	home: string;
	/** Which kind ran: "tmpfs" (a real full disk) or "preload" (writes in `home` fail with ENOSPC). */
	kind: 'tmpfs' | 'preload';
	/** Extra environment for cope (the preload, for the injected kind). */
	env: NodeJS.ProcessEnv;
	/** Fills the disk up, from now on. */
	fill(): void;
	/** Frees the space again. */
	unfill(): void;
	cleanup(): void;
}

const PRELOAD = resolve(import.meta.dirname, 'enospc-preload.cjs');

function canMountTmpfs(): boolean {
	if (process.platform !== 'linux' || process.getuid?.() !== 0 || process.env['COPE_TEST_NO_TMPFS'] === '1') return false;
	const probe = mkdtempSync(join(tmpdir(), 'cope-mount-probe-'));
	const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
	if (mounted) spawnSync('umount', [probe]);
	rmSync(probe, {recursive: true, force: true});
	return mounted;
}

let tmpfsWorks: boolean | undefined;

/** With `kind: 'preload'` the injected ENOSPC runs even where a tmpfs could be mounted; `match` limits it to files whose path matches. */
export function makeFullDisk(options: {sizeMb?: number; kind?: 'preload'; match?: string} = {}): FullDisk {
	const sizeMb = options.sizeMb ?? 16;
	const parent = mkdtempSync(join(tmpdir(), 'cope-full-'));
	const mount = join(parent, 'disk');
	mkdirSync(mount);
	tmpfsWorks ??= canMountTmpfs();
	if (
		options.kind === undefined &&
		tmpfsWorks &&
		spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', mount]).status === 0
	) {
		const home = join(mount, 'home');
		const filler = join(mount, 'filler');
		return {
			home,
			kind: 'tmpfs',
			env: {},
			fill() {
				const fd = openSync(filler, 'a');
				const block = Buffer.alloc(64 * 1024);
				try {
					for (;;) writeSync(fd, block);
				} catch {
					// ENOSPC: full now. Top up the last few bytes a block could not take.
					try {
						for (;;) writeSync(fd, Buffer.alloc(512));
					} catch {
						// Full to the byte.
					}
				} finally {
					closeSync(fd);
				}
			},
			unfill() {
				rmSync(filler, {force: true});
			},
			cleanup() {
				spawnSync('umount', ['-l', mount]);
				rmSync(parent, {recursive: true, force: true});
			},
		};
	}
	const home = join(mount, 'home');
	const flag = join(parent, 'full');
	return {
		home,
		kind: 'preload',
		env: {
			NODE_OPTIONS: `--require ${PRELOAD}`,
			COPE_TEST_ENOSPC_DIR: mount,
			COPE_TEST_ENOSPC_FLAG: flag,
			...(options.match === undefined ? {} : {COPE_TEST_ENOSPC_MATCH: options.match}),
		},
		fill: () => writeFileSync(flag, ''),
		unfill: () => rmSync(flag, {force: true}),
		cleanup: () => rmSync(parent, {recursive: true, force: true}),
	};
}
