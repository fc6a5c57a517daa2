import {unlinkSync} from 'node:fs';
import type {QuarantineReasons, Repaired} from './doctor-repair.js';
import {appendQuarantine, quarantineRecord} from './quarantine.js';
import {readGoalsFile, writeGoals} from './goals.js';
import {withLock} from './lock.js';
import type {DataPaths} from './paths.js';

/**
 * Sets aside what cannot be read, never a goal that can: a damaged goal goes to the
 * quarantine and the file is rewritten with the rest; a file that is not readable at all
 * goes to the quarantine whole (the quarantine is on disk before anything is removed).
 */
export function repairGoals(paths: DataPaths, now: Date, done: Repaired[], reasons: QuarantineReasons): void {
	withLock(paths.goalsLock, () => {
		const state = readGoalsFile(paths);
		if (state.kind === 'missing') return;
		if (state.kind === 'unreadable') {
			appendQuarantine(paths, [quarantineRecord(state.text, 'goals.json', reasons.unreadableGoals(state.reason), now)]);
			unlinkSync(paths.goals);
			done.push({did: 'goals-quarantined'});
			return;
		}
		if (state.damaged.length === 0) return;
		appendQuarantine(
			paths,
			state.damaged.map((item) =>
				quarantineRecord(Buffer.from(JSON.stringify(item.value), 'utf8'), 'goals.json', reasons.damagedGoal(item.index, item.reason), now),
			),
		);
		writeGoals(paths, state.goals);
		done.push({did: 'goals-damaged-quarantined', count: state.damaged.length, kept: state.goals.length});
	});
}
