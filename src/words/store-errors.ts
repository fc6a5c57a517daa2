import {CopeError, failure} from '../errors.js';
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
			return problem.detail;
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
		case 'io':
			return still;
	}
}

/** A store failure as the message and hint the person reads (exit 1: not their input). */
export function explainStoreError(error: StoreError, action: StoreAction): CopeError {
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
