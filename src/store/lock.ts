import {closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {failure} from '../errors.js';
import {FILE_MODE} from './paths.js';
import {nonce} from './nonce.js';

/** A holder that has not finished in this long is taken to be hung. Appends take milliseconds. */
const STALE_MS = 30_000;
const WAIT_MS = 15_000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** The holder's "pid token", or undefined if the lock is gone. */
function readHolder(path: string): string | undefined {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
}

function isStale(path: string, holder: string): boolean {
	const pid = Number.parseInt(holder.split(' ')[0] ?? '', 10);
	// An empty file is a holder that died between create and write.
	if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) return true;
	try {
		return Date.now() - statSync(path).mtimeMs > (Number.isInteger(pid) && pid > 0 ? STALE_MS : 2000);
	} catch {
		return false;
	}
}

/**
 * Moves a stale lock aside and removes it, but only if it is still the one we judged
 * stale: a rename is atomic, so two processes breaking the same stale lock cannot
 * both succeed, and a fresh lock taken in between is put back.
 */
function breakStale(path: string, holder: string): void {
	const aside = `${path}.stale-${process.pid}-${nonce()}`;
	try {
		renameSync(path, aside);
	} catch {
		return;
	}
	if (readHolder(aside) === holder) {
		unlinkSync(aside);
		return;
	}
	// We moved someone's fresh lock: put it back if nobody has taken the lock since.
	try {
		renameSync(aside, path);
	} catch {
		unlinkSync(aside);
	}
}

/**
 * Runs `fn` holding an exclusive lock file (O_EXCL create). The lock names its
 * holder's pid, so a crashed holder's lock is broken at once; a hung one after 30 s.
 */
export function withLock<T>(path: string, fn: () => T): T {
	const token = `${process.pid} ${nonce(16)}`;
	const deadline = Date.now() + WAIT_MS;
	let delay = 2;
	for (;;) {
		let fd: number | undefined;
		try {
			fd = openSync(path, 'wx', FILE_MODE);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
				throw failure(`cannot create the lock file ${path}: ${(error as Error).message}`, undefined, error);
			}
		}
		if (fd !== undefined) {
			try {
				writeSync(fd, token);
			} finally {
				closeSync(fd);
			}
			break;
		}
		const holder = readHolder(path);
		if (holder !== undefined && isStale(path, holder)) {
			breakStale(path, holder);
			continue;
		}
		if (Date.now() > deadline) {
			throw failure('another cope is still writing to the journal.', `Nothing was saved. Try again in a moment; if it keeps happening, remove ${path}.`);
		}
		sleepSync(delay + Math.random() * delay);
		delay = Math.min(delay * 2, 50);
	}
	try {
		return fn();
	} finally {
		if (readHolder(path) === token) {
			try {
				unlinkSync(path);
			} catch {
				// Already gone: nothing to release.
			}
		}
	}
}
