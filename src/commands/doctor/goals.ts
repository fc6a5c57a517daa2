import {type CheckResult, ok, problem} from '../../domain/doctor/types.js';
import {readGoalsFile} from '../../store/goals.js';
import type {DataPaths} from '../../store/paths.js';

/** `cope doctor`'s look at goals.json (docs/data.md); no line at all when there is no such file. */
export function checkGoals(paths: DataPaths): CheckResult | undefined {
	const state = readGoalsFile(paths);
	if (state.kind === 'missing') return undefined;
	if (state.kind === 'unreadable') {
		return problem('goals', `goals.json cannot be read: ${state.reason}. Your goals are not shown meanwhile.`, [
			`--repair keeps the whole file, byte for byte, in ${paths.quarantine} and starts an empty one.`,
		]);
	}
	const mine = state.goals.filter((goal) => goal.author === 'you').length;
	const plan = state.goals.length - mine;
	const counted = `${mine} ${mine === 1 ? 'goal' : 'goals'}${plan > 0 ? ` and ${plan} homework ${plan === 1 ? 'item' : 'items'}` : ''}`;
	if (state.damaged.length === 0) return ok('goals', `goals.json: ${counted}; every one reads.`);
	return problem(
		'goals',
		`goals.json: ${counted} read; ${state.damaged.length === 1 ? 'one cannot' : `${state.damaged.length} cannot`} be read, and goals cannot be changed until ${state.damaged.length === 1 ? 'it is' : 'they are'} set aside.`,
		[
			...state.damaged.map((item) => `goal ${item.index + 1} in the file: ${item.reason}`),
			`--repair keeps ${state.damaged.length === 1 ? 'it' : 'them'} in ${paths.quarantine} and keeps every goal that reads.`,
		],
	);
}
