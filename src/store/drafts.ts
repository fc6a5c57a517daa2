import {unlinkSync} from 'node:fs';
import {readRegularFile} from './regular-file.js';
import {join} from 'node:path';
import type {Answers} from '../domain/exercise/types.js';
import {writeFileAtomic} from './atomic.js';
import {type DataPaths, ensureDir} from './paths.js';

/**
 * An unfinished exercise, kept so that Ctrl+C, a crash or a closed terminal loses
 * nothing: the answers so far (the field being typed included) and where the person was.
 */
export interface Draft {
	v: 1;
	exercise: string;
	/** When it was last written (ISO 8601). */
	saved: string;
	/** The step the person was on, or "review". */
	at: string;
	answers: Answers;
}

const ID = /^[a-z0-9-]+$/;

export function draftPath(paths: DataPaths, exerciseId: string): string {
	// Ids are checked by the exercise loader; this guards the path all the same.
	if (!ID.test(exerciseId)) throw new Error(`not an exercise id: ${exerciseId}`);
	return join(paths.drafts, `${exerciseId}.json`);
}

/** The draft for an exercise, or undefined when there is none (or it cannot be read). */
export function readDraft(paths: DataPaths, exerciseId: string): Draft | undefined {
	let value: unknown;
	try {
		value = JSON.parse(readRegularFile(draftPath(paths, exerciseId)).toString('utf8'));
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
	const draft = value as Partial<Draft>;
	if (
		draft.v !== 1 ||
		draft.exercise !== exerciseId ||
		typeof draft.at !== 'string' ||
		typeof draft.answers !== 'object' ||
		draft.answers === null ||
		Array.isArray(draft.answers)
	) {
		return undefined;
	}
	return {v: 1, exercise: exerciseId, saved: typeof draft.saved === 'string' ? draft.saved : '', at: draft.at, answers: draft.answers};
}

/** Writes the draft atomically (0600, in a 0700 folder): a reader sees the old draft or the new one. */
export function writeDraft(paths: DataPaths, draft: Draft): void {
	ensureDir(paths.dir);
	ensureDir(paths.drafts);
	writeFileAtomic(draftPath(paths, draft.exercise), JSON.stringify(draft) + '\n');
}

export function deleteDraft(paths: DataPaths, exerciseId: string): void {
	try {
		unlinkSync(draftPath(paths, exerciseId));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
}
