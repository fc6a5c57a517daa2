import {readFileSync} from 'node:fs';
import {parseGoalsText, serializeGoals, type GoalsRead} from '../domain/goals/file.js';
import type {Goal} from '../domain/goals/types.js';
import {writeFileAtomic} from './atomic.js';
import {withLock} from './lock.js';
import {type DataPaths, ensureDir} from './paths.js';
import {StoreError} from './store-error.js';

/**
 * goals.json: the person's goals and their therapist's homework, rewritten whole
 * (temp file + fsync + rename, 0600) under its own lock, so two changes at once
 * never lose either.
 */

export type GoalsFileState = {kind: 'missing'} | {kind: 'unreadable'; reason: string; text: Buffer} | ({kind: 'ok'} & GoalsRead);

export function readGoalsFile(paths: DataPaths): GoalsFileState {
	let bytes: Buffer;
	try {
		bytes = readFileSync(paths.goals);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {kind: 'missing'};
		return {kind: 'unreadable', reason: (error as Error).message, text: Buffer.alloc(0)};
	}
	const read = parseGoalsText(bytes.toString('utf8'));
	return typeof read === 'string' ? {kind: 'unreadable', reason: read, text: bytes} : {kind: 'ok', ...read};
}

/** The goals, for reading, and how many could not be read; a file that cannot be read at all is an error (exit 1). */
export function readGoals(paths: DataPaths): {goals: Goal[]; damaged: number} {
	const state = readGoalsFile(paths);
	if (state.kind === 'missing') return {goals: [], damaged: 0};
	if (state.kind === 'unreadable') throw new StoreError({code: 'goals-unreadable', reason: state.reason});
	return {goals: state.goals, damaged: state.damaged.length};
}

/**
 * Reads the goals, lets `change` return the new list (or undefined for no change), and
 * writes it, all under the lock. Refuses to write over a file with damage in it, so a
 * goal that could not be read is never lost by a save.
 */
export function updateGoals<T>(paths: DataPaths, change: (goals: Goal[]) => {goals?: Goal[]; result: T}): T {
	ensureDir(paths.dir);
	return withLock(paths.goalsLock, () => {
		const state = readGoalsFile(paths);
		if (state.kind === 'unreadable') throw new StoreError({code: 'goals-unreadable', reason: state.reason, changing: true});
		if (state.kind === 'ok' && state.damaged.length > 0) throw new StoreError({code: 'goals-damaged', count: state.damaged.length});
		const {goals, result} = change(state.kind === 'ok' ? state.goals : []);
		if (goals !== undefined) writeGoals(paths, goals);
		return result;
	});
}

/** Writes goals.json whole, atomically. */
export function writeGoals(paths: DataPaths, goals: readonly Goal[]): void {
	ensureDir(paths.dir);
	writeFileAtomic(paths.goals, serializeGoals(goals));
}
