import {type CheckResult, note, octal, ok, problem} from '../../domain/doctor/types.js';
import {resolveSettings, SETTINGS} from '../../domain/settings.js';
import {checkHelp} from '../../safety/help-check.js';
import {
	type ConfigUnreadable,
	draftFiles,
	entriesFileKind,
	leftoverEditFiles,
	leftoverTempFiles,
	lockFacts,
	permissionFacts,
	quarantineCount,
	readConfigState,
	tallyStore,
} from '../../store/doctor-checks.js';
import {type DataPaths, DIR_MODE, FILE_MODE} from '../../store/paths.js';
import {StoreError} from '../../store/store-error.js';
import {storeProblemText} from '../../words/store-errors.js';
import {checkGoals} from './goals.js';

/*
 * The checks of `cope doctor`, in words: the store gathers the facts
 * (src/store/doctor-checks.ts), this says what they mean (docs/data.md,
 * "Checking the data").
 */

/** Why config.json could not be read, in words. */
export function configReason(state: ConfigUnreadable): string {
	if (state.why === 'not-json') return `not valid JSON (${state.detail})`;
	if (state.why === 'not-an-object') return 'not a JSON object';
	if (state.why === 'not-a-file') return 'it is not a regular file';
	return state.detail;
}

export function checkPermissions(paths: DataPaths): CheckResult {
	if (process.platform === 'win32')
		return note('permissions', 'Permissions are not checked on Windows; your user folder protects the data.');
	const wrong: string[] = [];
	const uid = process.getuid?.();
	for (const stats of permissionFacts(paths)) {
		const {path, dir} = stats;
		const want = dir ? DIR_MODE : FILE_MODE;
		if (stats.mode !== want)
			wrong.push(
				`${path} is ${octal(stats.mode)}; it should be ${octal(want)} (${dir ? 'a folder only you can open' : 'only you can read and write it'}).`,
			);
		if (uid !== undefined && stats.uid !== uid) wrong.push(`${path} belongs to another user (uid ${stats.uid}).`);
	}
	if (wrong.length === 0) return ok('permissions', 'Permissions: only you can read your data (folder 0700, files 0600).');
	return problem(
		'permissions',
		`Permissions: ${wrong.length === 1 ? 'one file or folder is' : `${wrong.length} files or folders are`} not private.`,
		wrong,
	);
}

const SHOWN_LINES = 20;

export function checkEntries(paths: DataPaths): CheckResult {
	const kind = entriesFileKind(paths);
	if (kind === 'missing') return ok('entries', 'entries.jsonl: no entries yet.');
	if (kind === 'other')
		return problem(
			'entries',
			`${paths.entries} is not a regular file (a pipe, a device or a folder), so cope will not read or write it.`,
			['Move it aside yourself; cope will start a new one.'],
			false,
		);
	const tally = tallyStore(paths);
	const parts = [`${tally.lines} ${tally.lines === 1 ? 'line' : 'lines'}`, `${tally.live} ${tally.live === 1 ? 'entry' : 'entries'}`];
	if (tally.deleted > 0) parts.push(`${tally.deleted} deleted`);
	const details: string[] = [];
	if (tally.superseded > 0)
		details.push(
			`${tally.superseded} older ${tally.superseded === 1 ? 'version' : 'versions'} of edited or deleted entries${tally.duplicates > 0 ? ` (${tally.duplicates} repeated)` : ''} still on disk: an edit or delete was interrupted before its words were removed. --repair removes them.`,
		);
	if (tally.newer > 0)
		details.push(
			`${tally.newer} ${tally.newer === 1 ? 'line was' : 'lines were'} written by a newer version of cope; ${tally.newer === 1 ? 'it is' : 'they are'} kept as ${tally.newer === 1 ? 'it is' : 'they are'}.`,
		);
	if (tally.blank > 0) details.push(`${tally.blank} blank ${tally.blank === 1 ? 'line' : 'lines'} (harmless).`);
	// Whole entries with a number cope would not write (a hand edit): reports leave the number out; the person says what it was.
	const offScale = tally.offScale
		.slice(0, SHOWN_LINES)
		.map(({line, id, reason}) => `line ${line} (${id.slice(-6)}): ${reason}. Put it right with: cope edit ${id.slice(-6)}`);
	if (tally.offScale.length > SHOWN_LINES) offScale.push(`and ${tally.offScale.length - SHOWN_LINES} more`);
	if (tally.unreadable.length === 0 && tally.offScale.length > 0)
		return problem(
			'entries',
			`entries.jsonl: ${parts.join(' · ')}; ${tally.offScale.length === 1 ? 'an entry holds a number' : `${tally.offScale.length} entries hold numbers`} cope would not write, which reports leave out.`,
			[...offScale, ...details],
			tally.superseded > 0 || tally.blank > 0,
		);
	if (tally.unreadable.length === 0) {
		const summary = `entries.jsonl: ${parts.join(' · ')}; ${tally.newer > 0 ? 'every other line reads' : 'every line reads'}.`;
		// Words of an edited or deleted entry still on disk break cope's promise: a problem, not a note.
		if (tally.superseded > 0)
			return problem('entries', `entries.jsonl: ${parts.join(' · ')}; words of edited or deleted entries are still on disk.`, details);
		return details.length > 0 ? note('entries', summary, details, tally.blank > 0) : ok('entries', summary);
	}
	const lines = tally.unreadable.slice(0, SHOWN_LINES).map(({line, reason}) => `line ${line}: ${reason}`);
	if (tally.unreadable.length > SHOWN_LINES) lines.push(`and ${tally.unreadable.length - SHOWN_LINES} more`);
	return problem(
		'entries',
		`entries.jsonl: ${parts.join(' · ')}; ${tally.unreadable.length} ${tally.unreadable.length === 1 ? 'line cannot' : 'lines cannot'} be read.`,
		[
			...lines,
			...offScale,
			...details,
			`--repair moves ${tally.unreadable.length === 1 ? 'it' : 'them'} to ${paths.quarantine}, kept byte for byte.`,
		],
	);
}

export function checkLock(paths: DataPaths): CheckResult {
	const holder = lockFacts(paths);
	if (!holder) return ok('lock', 'No lock left behind.');
	// A live holder is never judged stale, however long it takes or if it is paused.
	if (!holder.stale) return note('lock', `Another cope is writing right now${holder.pid === undefined ? '' : ` (process ${holder.pid})`}.`);
	return problem('lock', `A lock was left behind by a cope that stopped${holder.pid === undefined ? '' : ` (process ${holder.pid})`}.`, [
		'cope breaks such a lock by itself when it next writes; --repair removes it now.',
	]);
}

export function checkTempFiles(paths: DataPaths): CheckResult {
	const found = leftoverTempFiles(paths);
	if (found.length === 0) return ok('temp-files', 'No temporary files left behind.');
	return problem(
		'temp-files',
		`${found.length} temporary ${found.length === 1 ? 'file was' : 'files were'} left by an interrupted write (copies; your entries are intact).`,
		[...found.map((file) => file.path), `--repair removes ${found.length === 1 ? 'it' : 'them'}.`],
	);
}

export function checkEditFiles(paths: DataPaths): CheckResult {
	const found = leftoverEditFiles(paths);
	if (found.length === 0) return ok('edits', 'No unfinished edits left behind.');
	return problem(
		'edits',
		`${found.length} unfinished ${found.length === 1 ? 'edit was' : 'edits were'} left behind by a cope edit that stopped; ${found.length === 1 ? 'it' : 'they'} may hold words you wrote.`,
		[
			...found.map((file) => file.path),
			`--repair keeps the words in ${paths.quarantine} and removes the file${found.length === 1 ? '' : 's'}.`,
		],
	);
}

export function checkDrafts(paths: DataPaths, now: Date): CheckResult {
	const drafts = draftFiles(paths);
	if (drafts.length === 0) return ok('drafts', 'No drafts waiting.');
	const age = (mtime: number): string => {
		const days = Math.floor((now.getTime() - mtime) / 86_400_000);
		return days < 1 ? 'from today' : days === 1 ? 'from yesterday' : `${days} days old`;
	};
	const unreadable = drafts.filter((draft) => !draft.readable);
	const details = drafts.map((draft) => `${draft.name} (${age(draft.mtime)})${draft.readable ? '' : ': cannot be read'}`);
	if (unreadable.length === 0)
		return note(
			'drafts',
			`${drafts.length} ${drafts.length === 1 ? 'draft is' : 'drafts are'} waiting to be resumed (the next run of that exercise offers it).`,
			details,
		);
	return problem('drafts', `${unreadable.length} ${unreadable.length === 1 ? 'draft cannot' : 'drafts cannot'} be read.`, [
		...details,
		`--repair keeps ${unreadable.length === 1 ? 'its' : 'their'} text in ${paths.quarantine} and removes ${unreadable.length === 1 ? 'it' : 'them'}.`,
	]);
}

export function checkConfig(paths: DataPaths): CheckResult {
	const state = readConfigState(paths);
	if (state.kind === 'missing') return ok('config', 'config.json: not created yet; the defaults apply.');
	if (state.kind === 'unreadable' && state.why === 'not-a-file')
		return problem(
			'config',
			`${paths.config} is not a regular file (a pipe or a device?); the defaults apply meanwhile.`,
			['Move it aside yourself; cope config set starts a new one.'],
			false,
		);
	if (state.kind === 'unreadable')
		return problem('config', `config.json cannot be read: ${configReason(state)}; the defaults apply meanwhile.`, [
			`--repair keeps its text in ${paths.quarantine} and starts a fresh one with the defaults.`,
		]);
	if (state.invalid.length === 0) return ok('config', 'config.json: every setting is valid.');
	return problem(
		'config',
		`config.json: ${state.invalid.length === 1 ? 'a setting is' : `${state.invalid.length} settings are`} not valid (${state.invalid.join(', ')}); ${state.invalid.length === 1 ? 'its default applies' : 'their defaults apply'} meanwhile.`,
		[`--repair resets ${state.invalid.length === 1 ? 'it to its default' : 'them to their defaults'}; cope config set changes settings.`],
	);
}

export function checkQuarantine(paths: DataPaths): CheckResult | undefined {
	const count = quarantineCount(paths);
	if (count === undefined) return undefined;
	return note(
		'quarantine',
		`${paths.quarantine} holds ${count} ${count === 1 ? 'thing' : 'things'} moved aside earlier. Look through it when you want; cope leaves it alone.`,
	);
}

/** What help now will show, by the settings in config.json (their defaults where it has none or cannot be read). */
function checkHelpNow(paths: DataPaths, env: NodeJS.ProcessEnv): CheckResult {
	const state = readConfigState(paths);
	const {settings} = resolveSettings(state.kind === 'ok' ? state.value : {});
	// A setting the config check found wrong is not used: its default applies.
	if (state.kind === 'ok') for (const key of state.invalid) settings[key] = SETTINGS.find((setting) => setting.key === key)?.default ?? '';
	return checkHelp(settings, env);
}

/** Every check, each guarded so that one that fails is reported instead of stopping the others. */
export function runChecks(paths: DataPaths, now: Date, env: NodeJS.ProcessEnv = process.env): CheckResult[] {
	const checks: Array<[string, () => CheckResult | undefined]> = [
		['permissions', () => checkPermissions(paths)],
		['entries', () => checkEntries(paths)],
		['lock', () => checkLock(paths)],
		['temp-files', () => checkTempFiles(paths)],
		['edits', () => checkEditFiles(paths)],
		['drafts', () => checkDrafts(paths, now)],
		['config', () => checkConfig(paths)],
		['goals', () => checkGoals(paths)],
		['quarantine', () => checkQuarantine(paths)],
		['help', () => checkHelpNow(paths, env)],
	];
	const results: CheckResult[] = [];
	for (const [name, check] of checks) {
		try {
			const result = check();
			if (result) results.push(result);
		} catch (error) {
			results.push(
				problem(
					name,
					`Could not check ${name}: ${error instanceof StoreError ? storeProblemText(error.problem) : (error as Error).message}.`,
					[],
					false,
				),
			);
		}
	}
	return results;
}
