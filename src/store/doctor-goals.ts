import {unlinkSync} from 'node:fs';
import {type CheckResult, ok, problem} from '../domain/doctor/types.js';
import {appendQuarantine, quarantineRecord} from './doctor-repair.js';
import {readGoalsFile, writeGoals} from './goals.js';
import {withLock} from './lock.js';
import type {DataPaths} from './paths.js';

/** `cope doctor`'s look at goals.json (docs/data.md); no line at all when there is no such file. */
export function checkGoals(paths: DataPaths): CheckResult | undefined {
	const state = readGoalsFile(paths);
	if (state.kind === 'missing') return undefined;
	if (state.kind === 'unreadable') {
		return problem('goals', `goals.json cannot be read: ${state.reason}. Your goals are not shown meanwhile.`, [`--repair keeps the whole file, byte for byte, in ${paths.quarantine} and starts an empty one.`]);
	}
	const mine = state.goals.filter((goal) => goal.author === 'you').length;
	const plan = state.goals.length - mine;
	const counted = `${mine} ${mine === 1 ? 'goal' : 'goals'}${plan > 0 ? ` and ${plan} homework ${plan === 1 ? 'item' : 'items'}` : ''}`;
	if (state.damaged.length === 0) return ok('goals', `goals.json: ${counted}; every one reads.`);
	return problem(
		'goals',
		`goals.json: ${counted} read; ${state.damaged.length === 1 ? 'one cannot' : `${state.damaged.length} cannot`} be read, and goals cannot be changed until ${state.damaged.length === 1 ? 'it is' : 'they are'} set aside.`,
		[...state.damaged.map((item) => `goal ${item.index + 1} in the file: ${item.reason}`), `--repair keeps ${state.damaged.length === 1 ? 'it' : 'them'} in ${paths.quarantine} and keeps every goal that reads.`],
	);
}

/**
 * Sets aside what cannot be read, never a goal that can: a damaged goal goes to the
 * quarantine and the file is rewritten with the rest; a file that is not readable at all
 * goes to the quarantine whole (the quarantine is on disk before anything is removed).
 */
export function repairGoals(paths: DataPaths, now: Date, done: string[]): void {
	withLock(paths.goalsLock, () => {
		const state = readGoalsFile(paths);
		if (state.kind === 'missing') return;
		if (state.kind === 'unreadable') {
			appendQuarantine(paths, [quarantineRecord(state.text, 'goals.json', `goals.json could not be read: ${state.reason}`, now)]);
			unlinkSync(paths.goals);
			done.push(`Kept the unreadable goals.json in ${paths.quarantine}, byte for byte, and started an empty one.`);
			return;
		}
		if (state.damaged.length === 0) return;
		appendQuarantine(
			paths,
			state.damaged.map((item) => quarantineRecord(Buffer.from(JSON.stringify(item.value), 'utf8'), 'goals.json', `goal ${item.index + 1} could not be read: ${item.reason}`, now)),
		);
		writeGoals(paths, state.goals);
		done.push(`Kept ${state.damaged.length === 1 ? 'a goal' : `${state.damaged.length} goals`} that could not be read in ${paths.quarantine}; goals.json now holds the ${state.goals.length} that read.`);
	});
}
