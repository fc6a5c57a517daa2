import {spawnSync} from 'node:child_process';
import {existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {BIN, makeHome, runCope, testEnv} from '../../helpers/cli.js';
import {snapshotDir} from '../../helpers/data-dir.js';
import {type FullDisk, filesHolding, generateStore, makeFullDisk, signalWhen, sizeOf, startCope, tempOf} from '../../helpers/faults.js';

/*
 * Issue #9, reproductions 4–10: a writer killed part-way, a full disk, a symlinked
 * store, an export aimed at the store, a FIFO where the store should be. Full-disk
 * tests use a real small tmpfs where this process may mount one (root, as in CI),
 * else an injected ENOSPC (test/helpers/enospc-preload.cjs); each test says which
 * ran in its name's output.
 */

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

interface Doctor {
	healthy: boolean;
	checks: Array<{check: string; status: string; summary: string}>;
	repaired: string[];
}

function doctor(dir: string, ...args: string[]): Doctor & {code: number | null; text: string} {
	const result = runCope(['doctor', '--json', ...args], {home: dir});
	return {...(JSON.parse(result.stdout) as Doctor), code: result.code, text: result.stdout};
}

function liveIds(dir: string, env: NodeJS.ProcessEnv = {}): string[] {
	const result = runCope(['list', '-n', 'all', '--json'], {home: dir, env});
	expect(result.code).toBe(0);
	return (JSON.parse(result.stdout) as Array<{id: string}>).map((entry) => entry.id);
}

function copeExport(count: number, prefix: string, text: (i: number) => string): string {
	const entries = Array.from({length: count}, (_, i) => {
		const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString().replace('.000Z', '+00:00');
		return JSON.stringify({
			v: 1,
			id: `${prefix}${String(i).padStart(26 - prefix.length, '0')}`,
			at,
			type: 'journal',
			exercise: 'journal',
			created: at,
			tags: [],
			values: {text: text(i)},
		});
	});
	return `{"format":"cope-export","version":1,"exported":"2026-01-01T00:00:00+00:00","entries":[\n${entries.join(',\n')}\n]}\n`;
}

describe('import is all or nothing (reproduction 4)', () => {
	it('a SIGKILL while it writes leaves none of it; the same import run again brings it all in once', async () => {
		generateStore(home, 20_000);
		const file = join(home, '..', 'big.json');
		writeFileSync(
			file,
			copeExport(50_000, '01KC', (i) => `imported row ${i}`),
		);
		const before = sizeOf(join(home, 'entries.jsonl'));
		const run = startCope(['import', file, '--from', 'cope'], home);
		const pid = run.child.pid as number;
		// The moment it starts to write: its temp copy appears, or (an appending cope) the store grows.
		const caught = signalWhen(
			pid,
			() => tempOf(home, pid) !== undefined || sizeOf(join(home, 'entries.jsonl')) !== before,
			'SIGKILL',
			60_000,
		);
		await run.done;
		expect(caught).toBe(true);
		const ids = liveIds(home);
		expect(ids).toHaveLength(20_000);
		// Doctor says what the crash left (a temp copy), and --repair clears it.
		const found = doctor(home);
		if (readdirSync(home).some((name) => name.endsWith('.tmp'))) {
			expect(found.healthy).toBe(false);
			expect(found.checks.find((check) => check.check === 'temp-files')?.status).toBe('problem');
		}
		expect(runCope(['doctor', '--repair'], {home}).code).toBe(0);
		const again = runCope(['import', file, '--from', 'cope'], {home});
		expect(again.code).toBe(0);
		expect(liveIds(home)).toHaveLength(70_000);
		expect(runCope(['import', file, '--from', 'cope'], {home}).stdout).toMatch(/Nothing new to import/);
		expect(liveIds(home)).toHaveLength(70_000);
	}, 120_000);

	it('on a full disk, none of it goes in and the message says so plainly', () => {
		const disk = makeFullDisk();
		try {
			generateStore(disk.home, 2000);
			const file = join(home, 'rows.json');
			mkdirSync(home, {recursive: true});
			writeFileSync(
				file,
				copeExport(2000, '01KD', (i) => `row ${i}`),
			);
			const before = readFileSync(join(disk.home, 'entries.jsonl'));
			disk.fill();
			const result = runCope(['import', file, '--from', 'cope'], {home: disk.home, env: disk.env});
			expect(result.code, disk.kind).toBe(1);
			expect(result.stderr).toContain('nothing was imported: the disk is full.');
			expect(readFileSync(join(disk.home, 'entries.jsonl')).equals(before)).toBe(true);
			expect(existsSync(join(disk.home, 'entries.lock'))).toBe(false);
			disk.unfill();
			expect(runCope(['import', file, '--from', 'cope'], {home: disk.home, env: disk.env}).code).toBe(0);
			expect(liveIds(disk.home, disk.env)).toHaveLength(4000);
		} finally {
			disk.cleanup();
		}
	}, 60_000);
});

describe('an edit or delete stopped part-way (reproduction 5)', () => {
	it('killed while it rewrites: the entry is as it was or deleted with its words, and doctor says what is left', async () => {
		const ids = generateStore(home, 20_000);
		let caught = false;
		for (let attempt = 0; attempt < 5 && !caught; attempt++) {
			const index = 300 + attempt;
			const run = startCope(['delete', (ids[index] as string).slice(-10), '--yes'], home);
			const pid = run.child.pid as number;
			caught = signalWhen(pid, () => tempOf(home, pid) !== undefined, 'SIGKILL');
			await run.done;
			if (!caught) continue;
			const hidden = !liveIds(home).includes(ids[index] as string);
			const words = filesHolding(home, `"filler ${index}"`);
			const found = doctor(home);
			// Hidden but its words still on disk: doctor must not call that well.
			if (hidden && words.length > 0) expect(found.healthy).toBe(false);
			if (!hidden) expect(found.checks.find((check) => check.check === 'entries')?.status).not.toBe('problem');
			const repaired = doctor(home, '--repair');
			expect(repaired.healthy).toBe(true);
			if (hidden) expect(filesHolding(home, `"filler ${index}"`)).toEqual([]);
		}
		expect(caught).toBe(true);
	}, 90_000);

	it('older versions of an edited or deleted entry left on disk are a problem for doctor, and --repair removes them', () => {
		const ids = generateStore(home, 50);
		const lines = readFileSync(join(home, 'entries.jsonl'), 'utf8');
		const old = lines.split('\n')[7] as string;
		const tombstone = JSON.stringify({
			v: 1,
			id: ids[7],
			at: JSON.parse(old).at,
			deleted: true,
			type: 'mood',
			exercise: 'mood-log',
			created: JSON.parse(old).created,
			tags: [],
			values: {},
		});
		writeFileSync(join(home, 'entries.jsonl'), lines + tombstone + '\n');
		const found = doctor(home);
		expect(found.healthy).toBe(false);
		expect(found.code).toBe(1);
		expect(found.checks.find((check) => check.check === 'entries')?.summary).toContain(
			'words of edited or deleted entries are still on disk',
		);
		expect(doctor(home, '--repair').healthy).toBe(true);
		expect(filesHolding(home, '"filler 7"')).toEqual([]);
	});

	it('on a full disk, edit and delete say plainly that nothing changed, and nothing did', () => {
		const disk = makeFullDisk();
		try {
			const ids = generateStore(disk.home, 500);
			const before = snapshotDir(disk.home);
			disk.fill();
			const deleted = runCope(['delete', (ids[5] as string).slice(-10), '--yes'], {home: disk.home, env: disk.env});
			expect(deleted.code, disk.kind).toBe(1);
			expect(deleted.stderr).toContain('the entry was not deleted: the disk is full.');
			expect(deleted.stderr).toContain('The entry is still there, as it was.');
			const edited = runCope(['edit', (ids[6] as string).slice(-10), '--set', 'note=new words'], {home: disk.home, env: disk.env});
			expect(edited.code).toBe(1);
			expect(edited.stderr).toContain('your change was not saved: the disk is full.');
			expect(edited.stderr).not.toContain('something went wrong');
			disk.unfill();
			expect(snapshotDir(disk.home)).toEqual(before);
		} finally {
			disk.cleanup();
		}
	});
});

describe('a symlinked entries.jsonl (reproduction 6)', () => {
	it('stays a link: edits, deletes and new entries go to the file it points to', () => {
		const ids = generateStore(home, 100);
		const real = join(home, '..', 'real');
		mkdirSync(real);
		renameSync(join(home, 'entries.jsonl'), join(real, 'entries.jsonl'));
		symlinkSync(join(real, 'entries.jsonl'), join(home, 'entries.jsonl'));
		expect(runCope(['delete', (ids[3] as string).slice(-10), '--yes'], {home}).code).toBe(0);
		expect(runCope(['edit', (ids[4] as string).slice(-10), '--set', 'note=changed'], {home}).code).toBe(0);
		expect(runCope(['log', '5', 'after the link'], {home}).code).toBe(0);
		expect(lstatSync(join(home, 'entries.jsonl')).isSymbolicLink()).toBe(true);
		const text = readFileSync(join(real, 'entries.jsonl'), 'utf8');
		expect(text).not.toContain('"filler 3"');
		expect(text).not.toContain('"filler 4"');
		expect(text).toContain('changed');
		expect(text).toContain('after the link');
		expect(filesHolding(join(home, '..'), '"filler 3"')).toEqual([]);
	});
});

describe('a symlinked entries.jsonl, a rewrite killed part-way', () => {
	it('leaves its temp copy beside the file the link points to, where doctor finds it and --repair removes it', async () => {
		const ids = generateStore(home, 20_000);
		const real = join(home, '..', 'real');
		mkdirSync(real);
		renameSync(join(home, 'entries.jsonl'), join(real, 'entries.jsonl'));
		symlinkSync(join(real, 'entries.jsonl'), join(home, 'entries.jsonl'));
		let left: string | undefined;
		for (let attempt = 0; attempt < 5 && left === undefined; attempt++) {
			const run = startCope(['delete', (ids[300 + attempt] as string).slice(-10), '--yes'], home);
			const pid = run.child.pid as number;
			const caught = signalWhen(pid, () => tempOf(real, pid) !== undefined, 'SIGKILL');
			await run.done;
			if (caught) left = tempOf(real, pid);
		}
		expect(left).toBeDefined();
		const found = doctor(home).checks.find((check) => check.check === 'temp-files');
		expect(found?.status).toBe('problem');
		expect(doctor(home, '--repair').healthy).toBe(true);
		expect(readdirSync(real).filter((name) => name.endsWith('.tmp'))).toEqual([]);
	}, 90_000);
});

describe('an export never writes over the data (reproduction 7)', () => {
	it('refuses a target inside the data folder, --force or not, directly or through a symlinked folder', () => {
		generateStore(home, 20);
		const alias = join(home, '..', 'alias');
		symlinkSync(home, alias);
		const before = snapshotDir(home);
		for (const target of [
			join(home, 'entries.jsonl'),
			join(alias, 'entries.jsonl'),
			join(alias, 'config.json'),
			join(alias, 'backup.json'),
		]) {
			const result = runCope(['export', '-o', target, '--force'], {home});
			expect(result.code, target).toBe(2);
			expect(result.stderr).toContain("inside cope's data folder");
		}
		expect(snapshotDir(home)).toEqual(before);
	});
});

describe('honest errors on a full disk (reproductions 8 and 9)', () => {
	function fullStore(options: Parameters<typeof makeFullDisk>[0] = {}): FullDisk {
		const disk = makeFullDisk(options);
		generateStore(disk.home, 50);
		return disk;
	}

	it('cope log says this entry was not saved (earlier ones are safe) and leaves no lock', () => {
		const disk = fullStore();
		try {
			const before = snapshotDir(disk.home);
			disk.fill();
			const result = runCope(['log', '5', 'not saved words'], {home: disk.home, env: disk.env});
			expect(result.code, disk.kind).toBe(1);
			expect(result.stderr).toContain('this entry was not saved: the disk is full.');
			expect(result.stderr).toContain('Entries saved before are safe.');
			expect(result.stderr).not.toContain('Nothing you wrote was lost');
			disk.unfill();
			expect(snapshotDir(disk.home)).toEqual(before);
		} finally {
			disk.cleanup();
		}
	});

	it('an append that fails part-way is taken back (injected ENOSPC after the first bytes of the append)', () => {
		const disk = fullStore({kind: 'preload', match: 'entries\\.jsonl$'});
		try {
			const before = readFileSync(join(disk.home, 'entries.jsonl'));
			disk.fill();
			const result = runCope(['log', '5', 'torn words'], {home: disk.home, env: disk.env});
			expect(result.code).toBe(1);
			expect(result.stderr).toContain('this entry was not saved: the disk is full.');
			expect(readFileSync(join(disk.home, 'entries.jsonl')).equals(before)).toBe(true);
			expect(existsSync(join(disk.home, 'entries.lock'))).toBe(false);
		} finally {
			disk.cleanup();
		}
	});

	it('doctor --repair that cannot repair is not "All well now"', () => {
		const disk = fullStore();
		try {
			const file = join(disk.home, 'entries.jsonl');
			writeFileSync(file, readFileSync(file, 'utf8') + 'garbage line\n');
			disk.fill();
			const text = runCope(['doctor', '--repair'], {home: disk.home, env: disk.env});
			expect(text.code, disk.kind).toBe(1);
			expect(text.stdout).not.toContain('All well');
			expect(text.stdout).toMatch(/Could not repair entries\.jsonl: the disk is full/);
			const json = doctor(disk.home, '--repair');
			expect(json.healthy).toBe(false);
			expect(json.code).toBe(1);
		} finally {
			disk.cleanup();
		}
	});
});

describe('a FIFO where entries.jsonl should be (reproduction 10)', () => {
	function runWithin(args: string[], ms: number): {code: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null} {
		const result = spawnSync(process.execPath, [BIN, ...args], {env: testEnv(home), encoding: 'utf8', timeout: ms, input: ''});
		return {code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal};
	}

	it('list, export, report, show and delete refuse it plainly; sos shows help and never hangs', () => {
		mkdirSync(home, {recursive: true, mode: 0o700});
		expect(spawnSync('mkfifo', [join(home, 'entries.jsonl')]).status).toBe(0);
		for (const args of [
			['list'],
			['export'],
			['report'],
			['show', 'ABCDEF'],
			['delete', 'ABCDEF', '--yes'],
			['log', '5', 'x'],
			['edit', 'ABCDEF', '--set', 'note=x'],
		]) {
			const result = runWithin(args, 8000);
			expect(result.signal, args.join(' ')).toBeNull();
			expect(result.code, args.join(' ')).toBe(1);
			expect(result.stderr).toContain('is not a regular file');
		}
		const sos = runWithin(['sos'], 8000);
		expect(sos.signal).toBeNull();
		expect(sos.code).toBe(0);
		expect(sos.stdout).toContain('Help now');
		const found = runWithin(['doctor'], 8000);
		expect(found.signal).toBeNull();
		expect(found.stdout).toContain('is not a regular file');
		// FIFOs at the settings and the lock too: help and the doctor still never wait on them.
		expect(spawnSync('mkfifo', [join(home, 'config.json'), join(home, 'entries.lock'), join(home, 'state.json')]).status).toBe(0);
		const sosAgain = runWithin(['sos'], 8000);
		expect(sosAgain.signal).toBeNull();
		expect(sosAgain.stdout).toContain('Help now');
		const repair = runWithin(['doctor', '--repair'], 8000);
		expect(repair.signal).toBeNull();
		expect(repair.code).toBe(1);
		expect(repair.stdout).not.toContain('All well');
	}, 90_000);
});

describe('a delete takes the words of an edit that was killed', () => {
	it('removes the edit file a killed `cope edit` left for that entry, and only that one', () => {
		const ids = generateStore(home, 20);
		const id = ids[4] as string;
		// What `cope edit` leaves when it is killed while the editor is open (a pid that is gone).
		const dead = 2_000_000_000;
		writeFileSync(join(home, `.edit-${id.slice(-6)}-${dead}-abcd1234.txt`), 'filler 4 and more words from the editor\n', {mode: 0o600});
		writeFileSync(join(home, `.edit-${(ids[5] as string).slice(-6)}-${dead}-abcd1234.txt`), 'another entry\n', {mode: 0o600});
		expect(runCope(['delete', id.slice(-10), '--yes'], {home}).code).toBe(0);
		expect(filesHolding(home, 'filler 4')).toEqual([]);
		// The other entry's unfinished edit is its own business: kept, and doctor reports it.
		expect(existsSync(join(home, `.edit-${(ids[5] as string).slice(-6)}-${dead}-abcd1234.txt`))).toBe(true);
	});
});
