import {closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {FILE_MODE} from './paths.js';
import {nonce} from './nonce.js';
import {readRegularFile} from './regular-file.js';
import {StoreError, storeError} from './store-error.js';

/**
 * The one lock every writer of entries.jsonl holds (see docs/data.md, "How cope
 * writes"). It is never broken while its holder is alive, however long that
 * holder takes or if it is paused (SIGSTOP): a second writer waits, then gives up
 * with nothing written. Only a lock whose holder has gone is broken.
 */
const DEFAULT_WAIT_MS = 15_000;
/** A lock file with no pid in it (written by an older cope) is broken after this. */
const ANONYMOUS_STALE_MS = 2000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

/** How long a writer waits for the lock; COPE_LOCK_WAIT_MS shortens it (the fault tests use it). */
function waitMs(): number {
	const fromEnv = Number(process.env['COPE_LOCK_WAIT_MS']);
	return Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_WAIT_MS;
}

/**
 * When a process started (clock ticks since boot), where the system says (Linux's
 * /proc): with it, a pid reused by an unrelated process after a crash is not
 * mistaken for the holder. Elsewhere undefined, and the pid alone decides.
 */
export function processStart(pid: number | 'self'): string | undefined {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
		// Fields after the command name (which may hold spaces and brackets): state is the 3rd, starttime the 22nd.
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
	} catch {
		return undefined;
	}
}

/** The holder a lock file names: "pid nonce [starttime]". */
export interface LockHolder {
	pid: number | undefined;
	start: string | undefined;
}

export function parseHolder(text: string): LockHolder {
	const [pidText, , start] = text.trim().split(' ');
	const pid = Number.parseInt(pidText ?? '', 10);
	return {pid: Number.isInteger(pid) && pid > 0 ? pid : undefined, start: start === '' ? undefined : start};
}

/** Is this process still there (running or stopped)? EPERM: it is, and belongs to someone else. */
export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** Is the process that wrote this lock still running? A stopped process is alive. */
export function holderAlive(holder: LockHolder): boolean {
	if (holder.pid === undefined) return false;
	if (!isAlive(holder.pid)) return false;
	if (holder.start === undefined) return true;
	const start = processStart(holder.pid);
	return start === undefined || start === holder.start;
}

/** The holder's token, or undefined if the lock is gone. */
function readHolder(path: string): string | undefined {
	try {
		return readRegularFile(path).toString('utf8');
	} catch {
		return undefined;
	}
}

/** Is this lock one that may be broken: its holder gone, or (no pid in it) left for a while? */
export function lockIsStale(path: string, token: string): boolean {
	const holder = parseHolder(token);
	if (holder.pid !== undefined) return !holderAlive(holder);
	try {
		return Date.now() - statSync(path).mtimeMs > ANONYMOUS_STALE_MS;
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

function removeQuietly(path: string): void {
	try {
		unlinkSync(path);
	} catch {
		// Already gone.
	}
}

/**
 * Takes the lock in one atomic step with its holder already written in it: the
 * token goes to a private file first, which is then hard-linked to the lock's name
 * (the link fails if the lock is taken). So a lock file is never seen empty, and
 * a full disk leaves no lock behind. Returns false when the lock is taken.
 */
function tryTake(path: string, token: string): boolean {
	const temp = `${path}.${process.pid}.${nonce()}.new`;
	let fd: number;
	try {
		fd = openSync(temp, 'wx', FILE_MODE);
	} catch (error) {
		throw storeError(error, path);
	}
	try {
		const data = Buffer.from(token);
		if (writeSync(fd, data) !== data.length) throw Object.assign(new Error('short write'), {code: 'ENOSPC'});
	} catch (error) {
		closeSync(fd);
		removeQuietly(temp);
		throw storeError(error, path);
	}
	closeSync(fd);
	try {
		linkSync(temp, path);
		return true;
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') return false;
		// No hard links here (FAT, some network mounts): an exclusive create, then the token.
		if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return takeByCreate(path, token);
		throw storeError(error, path);
	} finally {
		removeQuietly(temp);
	}
}

function takeByCreate(path: string, token: string): boolean {
	let fd: number;
	try {
		fd = openSync(path, 'wx', FILE_MODE);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw storeError(error, path);
	}
	try {
		writeSync(fd, token);
	} catch (error) {
		closeSync(fd);
		removeQuietly(path);
		throw storeError(error, path);
	}
	closeSync(fd);
	return true;
}

/**
 * Runs `fn` holding the lock. A lock whose holder has gone is broken at once; one
 * held by a live cope (even a paused one) is waited for, then the call fails with
 * a StoreError "busy" and nothing is written. The lock is always released.
 */
export function withLock<T>(path: string, fn: () => T): T {
	const start = processStart('self');
	const token = `${process.pid} ${nonce(16)}${start === undefined ? '' : ` ${start}`}`;
	const deadline = Date.now() + waitMs();
	let delay = 2;
	for (;;) {
		if (tryTake(path, token)) break;
		const holder = readHolder(path);
		if (holder !== undefined && lockIsStale(path, holder)) {
			breakStale(path, holder);
			continue;
		}
		if (Date.now() > deadline) throw new StoreError({code: 'busy', pid: holder === undefined ? undefined : parseHolder(holder).pid});
		sleepSync(delay + Math.random() * delay);
		delay = Math.min(delay * 2, 50);
	}
	try {
		return fn();
	} finally {
		if (readHolder(path) === token) removeQuietly(path);
	}
}
