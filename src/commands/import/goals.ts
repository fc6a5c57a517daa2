import type {Context} from '../../context.js';
import {mergeGoals, type GoalsMerge} from '../../domain/goals/edit.js';
import type {Goal} from '../../domain/goals/types.js';
import {readGoals, updateGoals} from '../../store/goals.js';

/**
 * Goals from a cope export (docs/goals.md): joined with the ones here by their uid, so
 * an export imported twice adds them once. Checked before any entry is written: a goals
 * file here that cannot be read stops the import (exit 1) with nothing written.
 */
export function checkGoalsWritable(context: Context, incoming: readonly Goal[] | undefined): void {
	if (incoming === undefined || incoming.length === 0) return;
	const {damaged} = readGoals(context.paths);
	if (damaged > 0) updateGoals(context.paths, () => ({result: undefined}));
}

export function importGoals(context: Context, incoming: readonly Goal[] | undefined, dryRun: boolean): void {
	if (incoming === undefined || incoming.length === 0) return;
	let merged: GoalsMerge;
	if (dryRun) merged = mergeGoals(readGoals(context.paths).goals, incoming);
	else {
		merged = updateGoals(context.paths, (goals) => {
			const result = mergeGoals(goals, incoming);
			return result.added + result.updated > 0 ? {goals: result.goals, result} : {result};
		});
	}
	const parts = [
		merged.added > 0 && `${merged.added} ${dryRun ? 'would be added' : 'added'}`,
		merged.updated > 0 && `${merged.updated} ${dryRun ? 'would gain' : 'gained'} the weeks or check-ins they lacked`,
		merged.same > 0 && `${merged.same} already here`,
	].filter(Boolean);
	context.stdout.write(`Goals and homework: ${parts.join(', ')}.\n`);
}
