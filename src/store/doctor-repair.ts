import {chmodSync, renameSync, statSync, unlinkSync} from 'node:fs';
import {basename} from 'node:path';
import {isFromNewerCope} from '../domain/doctor/entries-tally.js';
import {getPath, SETTINGS} from '../domain/settings.js';
import {writeFileAtomic} from './atomic.js';
import {compactLines, parseEntryLine, type RawLine, rewriteEntryLines} from './entries.js';
import {
	type ConfigUnreadable,
	draftFiles,
	leftoverEditFiles,
	leftoverTempFiles,
	privateFiles,
	readConfigState,
	staleLock,
	tallyStore,
} from './doctor-checks.js';
import {repairGoals} from './doctor-goals.js';
import {appendQuarantine, appendQuarantineHoldingLock, type QuarantineRecord, quarantineRecord} from './quarantine.js';
import {type DataPaths, DIR_MODE, FILE_MODE} from './paths.js';
import {readRegularFile} from './regular-file.js';
import {type StoreProblem, storeError} from './store-error.js';

/** Moves unreadable lines to quarantine, then rewrites entries.jsonl atomically without them (and without superseded versions). */
function repairEntries(paths: DataPaths, now: Date, done: Repaired[]): void {
	const tally = tallyStore(paths);
	if (tally.unreadable.length === 0 && tally.superseded === 0 && tally.blank === 0) return;
	let moved = 0;
	let tidied = 0;
	let blank = 0;
	rewriteEntryLines(paths, (lines: RawLine[]) => {
		const readable: RawLine[] = [];
		const records: QuarantineRecord[] = [];
		const ids = new Set<string>();
		let versions = 0;
		for (const line of lines) {
			const parsed = parseEntryLine(line.text);
			if (parsed === null) blank++;
			else if (typeof parsed === 'object') {
				versions++;
				ids.add(parsed.id);
			}
			// A newer cope's line is not damage: it stays where it is (compactLines keeps it byte for byte).
			if (typeof parsed === 'string' && !isFromNewerCope(parsed))
				records.push(quarantineRecord(line.bytes, 'entries.jsonl', parsed, now, line.line));
			else readable.push(line);
		}
		// The quarantine is on disk before the store is rewritten: a crash in between leaves a copy in both, never in neither.
		appendQuarantineHoldingLock(paths, records);
		moved = records.length;
		tidied = versions - ids.size;
		return compactLines(readable);
	});
	if (moved > 0) done.push({did: 'lines-quarantined', count: moved});
	if (tidied > 0) done.push({did: 'versions-removed', count: tidied});
	if (blank > 0) done.push({did: 'blank-lines-removed', count: blank});
	if (moved > 0 || tidied > 0 || blank > 0) done.push({did: 'entries-rewritten'});
}

function moveFileToQuarantine(paths: DataPaths, path: string, reason: string, now: Date): void {
	appendQuarantine(paths, [quarantineRecord(readRegularFile(path), basename(path), reason, now)]);
	unlinkSync(path);
}

function repairConfig(paths: DataPaths, now: Date, done: Repaired[], reasons: QuarantineReasons): void {
	const state = readConfigState(paths);
	// A FIFO or device is not read (it could block forever): the person moves it.
	if (state.kind === 'unreadable' && state.why !== 'not-a-file') {
		moveFileToQuarantine(paths, paths.config, reasons.unreadableConfig(state), now);
		done.push({did: 'config-quarantined'});
		return;
	}
	if (state.kind !== 'ok' || state.invalid.length === 0) return;
	const config = structuredClone(state.value) as Record<string, unknown>;
	for (const key of state.invalid) {
		const parts = key.split('.');
		const parent = parts.length === 1 ? config : getPath(config, parts.slice(0, -1).join('.'));
		if (typeof parent === 'object' && parent !== null) delete (parent as Record<string, unknown>)[parts.at(-1) ?? key];
	}
	// conf writes config.json with tabs; keep its look.
	writeFileAtomic(paths.config, JSON.stringify(config, undefined, '\t'));
	// A group ("alerts") resets each of its settings.
	const reset = state.invalid.flatMap((key) =>
		SETTINGS.filter((setting) => setting.key === key || setting.key.startsWith(`${key}.`)).map((setting) => ({
			key: setting.key,
			value: setting.default,
		})),
	);
	done.push({did: 'settings-reset', count: state.invalid.length, defaults: reset});
}

function repairLock(paths: DataPaths, done: Repaired[]): void {
	const stale = staleLock(paths);
	if (!stale) return;
	// Move it aside first and check it is still the same lock, so a fresh one taken meanwhile is never removed.
	const before = readRegularFile(paths.lock);
	const aside = `${paths.lock}.doctor-${process.pid}`;
	renameSync(paths.lock, aside);
	if (readRegularFile(aside).equals(before) && staleLock({...paths, lock: aside})) {
		unlinkSync(aside);
		done.push({did: 'lock-removed'});
	} else {
		renameSync(aside, paths.lock);
	}
}

function repairPermissions(paths: DataPaths, done: Repaired[]): void {
	if (process.platform === 'win32') return;
	let fixed = 0;
	for (const {path, dir} of privateFiles(paths)) {
		try {
			const want = dir ? DIR_MODE : FILE_MODE;
			const mode = modeOf(path);
			if (mode === undefined || mode === want) continue;
			chmodSync(path, want);
			fixed++;
		} catch {
			// Not ours to change (another owner): the check reports it again.
		}
	}
	if (fixed > 0) done.push({did: 'permissions-fixed', count: fixed});
}

function modeOf(path: string): number | undefined {
	try {
		return statSync(path).mode & 0o777;
	} catch {
		return undefined;
	}
}

/** One thing a repair did, as facts (src/commands/doctor/repair-words.ts says it in words). */
export type Repaired =
	| {did: 'lock-removed'}
	| {did: 'lines-quarantined'; count: number}
	| {did: 'versions-removed'; count: number}
	| {did: 'blank-lines-removed'; count: number}
	| {did: 'entries-rewritten'}
	| {did: 'temp-files-removed'; count: number}
	| {did: 'edits-quarantined'; count: number}
	| {did: 'drafts-quarantined'; count: number}
	| {did: 'config-quarantined'}
	| {did: 'settings-reset'; count: number; defaults: Array<{key: string; value: unknown}>}
	| {did: 'permissions-fixed'; count: number}
	| {did: 'goals-quarantined'}
	| {did: 'goals-damaged-quarantined'; count: number; kept: number};

/** The steps of a repair, in the order they run. */
export type RepairStep = 'lock' | 'entries' | 'temp-files' | 'edits' | 'drafts' | 'config' | 'goals' | 'permissions';

/** The reasons written into quarantine.jsonl with what is moved there: words, so the command gives them. */
export interface QuarantineReasons {
	unreadableConfig(state: ConfigUnreadable): string;
	unfinishedEdit: string;
	unreadableDraft(name: string): string;
	unreadableGoals(reason: string): string;
	damagedGoal(index: number, reason: string): string;
}

/** What a repair did, and each step that could not be done (with why: a StoreError's problem, or an fs error). */
export interface RepairOutcome {
	done: Repaired[];
	failed: Array<{step: RepairStep; problem: StoreProblem}>;
}

/** Fixes what can be fixed without losing a byte. Returns what was done and what could not be. */
export function repairDataDir(paths: DataPaths, now: Date, reasons: QuarantineReasons): RepairOutcome {
	const done: Repaired[] = [];
	const failed: RepairOutcome['failed'] = [];
	const steps: Array<[RepairStep, () => void]> = [
		['lock', () => repairLock(paths, done)],
		['entries', () => repairEntries(paths, now, done)],
		[
			'temp-files',
			() => {
				const files = leftoverTempFiles(paths);
				for (const file of files) unlinkSync(file.path);
				if (files.length > 0) done.push({did: 'temp-files-removed', count: files.length});
			},
		],
		[
			'edits',
			() => {
				const files = leftoverEditFiles(paths);
				for (const file of files) moveFileToQuarantine(paths, file.path, reasons.unfinishedEdit, now);
				if (files.length > 0) done.push({did: 'edits-quarantined', count: files.length});
			},
		],
		[
			'drafts',
			() => {
				const broken = draftFiles(paths).filter((draft) => !draft.readable);
				for (const draft of broken) moveFileToQuarantine(paths, draft.path, reasons.unreadableDraft(draft.name), now);
				if (broken.length > 0) done.push({did: 'drafts-quarantined', count: broken.length});
			},
		],
		['config', () => repairConfig(paths, now, done, reasons)],
		['goals', () => repairGoals(paths, now, done, reasons)],
		['permissions', () => repairPermissions(paths, done)],
	];
	for (const [name, step] of steps) {
		try {
			step();
		} catch (error) {
			failed.push({step: name, problem: storeError(error, paths.dir).problem});
		}
	}
	return {done, failed};
}
