import {dirname} from 'node:path';
import {CopeError, failure, fileProblemWords, invalid} from '../errors.js';
import type {StoreError, StoreProblem} from '../store/store-error.js';

/** What the person was doing when the store said no: the message says what did not happen. */
export type StoreAction = 'save' | 'edit' | 'delete' | 'import' | 'read';

const NOT_DONE: Record<StoreAction, string> = {
	save: 'this entry was not saved',
	edit: 'your change was not saved',
	delete: 'the entry was not deleted',
	import: 'nothing was imported',
	read: 'cope could not read your entries',
};

/** What stays true, said after every failed write so nobody has to guess. */
const STILL: Record<StoreAction, string> = {
	save: 'Entries saved before are safe.',
	edit: 'The entry is as it was.',
	delete: 'The entry is still there, as it was.',
	import: 'Your entries are as they were; run the same import again when this is sorted.',
	read: 'Nothing was changed.',
};

const GOALS_HINT =
	'Your goals are kept as they are. `cope doctor` says what is wrong; `cope doctor --repair` keeps a copy and sets the damaged part aside.';

/**
 * The person's input that the store could not accept: said as it is, whatever the command
 * (exit 2); and the failures said the same way whatever the command (exit 1): an export that
 * could not be written, the data directory, a setting not saved, goals.json.
 */
function inputProblem(problem: StoreProblem): CopeError | undefined {
	switch (problem.code) {
		case 'home-empty':
			return problem.from === '--home'
				? invalid('--home needs a directory path.', 'For example: cope --home ~/notes/cope list')
				: invalid(
						'COPE_HOME is set but empty, so cope does not know which folder to use.',
						'Set it to your data folder (export COPE_HOME=~/notes/cope), or unset it for the default: unset COPE_HOME',
					);
		case 'export-in-data-dir':
			return invalid(
				`${problem.target} is inside cope's data folder; an export there could replace your entries.`,
				'Export to another folder, e.g. -o ~/cope-backup.json',
			);
		case 'export-no-folder':
			return invalid(`the folder ${problem.folder} does not exist.`, 'Create it first, or export somewhere else.');
		case 'export-not-a-folder':
			return invalid(`${problem.folder} is not a folder.`);
		case 'export-target-is-folder':
			return invalid(`${problem.target} is a folder.`, 'Give a file name, e.g. -o ~/cope-backup.json');
		case 'export-exists':
			return invalid(`${problem.target} already exists; cope does not replace it.`, 'Choose another name, or add --force to replace it.');
		case 'import-not-text':
			return invalid(`${problem.name} is not a text file.`, 'cope imports text exports: CSV from Daylio, a jrnl journal or JSON.');
		case 'import-not-utf8':
			return invalid(`${problem.name} is not UTF-8 text.`, 'Save it as UTF-8 (most apps export that way) and try again.');
		case 'import-is-folder':
			return invalid(
				`${problem.path} is a folder, not a file.`,
				'Give the exported file itself, e.g. cope import ~/Downloads/daylio_export.csv --from daylio',
			);
		case 'import-too-big':
			return invalid(
				`${problem.path} is ${problem.megabytes ?? `more than ${problem.maxMegabytes}`} MB; cope imports files of up to ${problem.maxMegabytes} MB.`,
				'Split it into smaller files and import each.',
			);
		case 'import-not-found':
			return invalid(`cannot find ${problem.path}.`, 'Check the name and folder (a path with spaces needs quotes).');
		case 'import-no-permission':
			return invalid(`cannot read ${problem.path}: permission denied.`, 'Check that the file is yours to read.');
		case 'import-unreadable':
			return failure(`cannot read ${problem.path}: ${problem.detail}`);
		case 'export-failed':
			return failure(`cannot write ${problem.target}: ${problem.detail}`, 'Nothing was written. Export somewhere else with -o.');
		case 'data-dir': {
			// mkdir says EEXIST where a file stands in the folder's place.
			const words =
				problem.detail === 'not-a-directory' || problem.errno === 'EEXIST'
					? `${problem.dir} is a file, not a folder`
					: (fileProblemWords(problem.errno, problem.dir) ?? `${problem.dir}: ${problem.detail}`);
			return failure(`cannot use the data directory: ${words}.`, 'Set another with --home <dir> or COPE_HOME.');
		}
		case 'setting-not-saved': {
			// The folder or the disk, not the settings file, when the system says so.
			const words = fileProblemWords(problem.errno, dirname(problem.path));
			return words === undefined
				? failure(`could not save ${problem.key}: ${problem.detail}`, `Check ${problem.path}, or delete it to start from the defaults.`)
				: failure(`could not save ${problem.key}: ${words}.`, 'The settings are as they were.');
		}
		case 'goals-unreadable':
			return failure(
				problem.changing
					? `goals.json cannot be read (${problem.reason}), so nothing was changed.`
					: `goals.json cannot be read: ${problem.reason}.`,
				GOALS_HINT,
			);
		case 'goals-damaged':
			return failure(
				`goals.json has ${problem.count === 1 ? 'a goal' : `${problem.count} goals`} that cannot be read, so nothing was changed.`,
				GOALS_HINT,
			);
		default:
			return undefined;
	}
}

function reason(problem: StoreProblem): string {
	switch (problem.code) {
		case 'busy':
			return `another cope${problem.pid === undefined ? '' : ` (process ${problem.pid})`} is still writing, and did not finish in time`;
		case 'no-space':
			return 'the disk is full';
		case 'not-a-file':
			return `${problem.path} is not a regular file (a pipe or a device?), so cope will not read or write it`;
		case 'deleted-meanwhile':
			return 'the entry was deleted (by another cope) while you were changing it';
		case 'changed-meanwhile':
			return 'another cope changed this entry while you were editing it';
		case 'missing':
			return `no entry has the id ${problem.id.slice(-6)} any more`;
		case 'replaced-meanwhile':
			return `${problem.path} was replaced by something other than cope while cope was writing`;
		case 'io':
			return fileProblemWords(problem.errno, problem.path) ?? problem.detail;
		default:
			return inputProblem(problem)?.message ?? problem.code;
	}
}

function hint(problem: StoreProblem, action: StoreAction): string {
	const still = STILL[action];
	switch (problem.code) {
		case 'busy':
			return `${still} Try again in a moment; if it keeps happening, \`cope doctor\` shows which cope holds the lock.`;
		case 'no-space':
			return `${still} Free some space and try again.`;
		case 'not-a-file':
			return `${still} Move it aside (cope then starts a new entries.jsonl), or point --home at your data folder.`;
		case 'changed-meanwhile':
			return `${still} See it as it is now with \`cope show ${problem.id.slice(-6)}\`, then make your change again.`;
		case 'deleted-meanwhile':
		case 'missing':
			return 'See your entries with: cope list';
		case 'replaced-meanwhile':
			return `${still} Run \`cope doctor\` to check the store.`;
		default:
			return still;
	}
}

/**
 * A store failure as the message and hint the person reads: for what they gave
 * (a file to import, an export target, --home), that; otherwise what did not
 * happen for `action`, why, and what is still true (exit 1: not their input).
 * Without an action (a failure no command put into words): why, and that
 * nothing was changed.
 */
export function explainStoreError(error: StoreError, action?: StoreAction): CopeError {
	const input = inputProblem(error.problem);
	if (input) return new CopeError(input.message, {hint: input.hint, exitCode: input.exitCode, cause: error});
	if (action === undefined) return failure(`${reason(error.problem)}.`, 'Nothing was changed.', error);
	return failure(`${NOT_DONE[action]}: ${reason(error.problem)}.`, hint(error.problem, action), error);
}

/** The one-line reason alone (for doctor's "could not repair …"). */
export function storeProblemText(problem: StoreProblem): string {
	return reason(problem);
}

/** Runs a store call; a StoreError from it becomes the message for `action`. */
export function saying<T>(action: StoreAction, run: () => T): T {
	try {
		return run();
	} catch (error) {
		if (error instanceof CopeError) throw error;
		if ((error as Error | undefined)?.name === 'StoreError') throw explainStoreError(error as StoreError, action);
		throw error;
	}
}
