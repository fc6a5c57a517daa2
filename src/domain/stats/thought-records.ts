import type {FiguresByDay, RerateSums} from './day-figures.js';
import {type ReratedChange, rerateMeans} from './rerated.js';

export {BELIEF, THOUGHT_RECORD} from './day-figures.js';

export interface TrapCount {
	/** The id as stored, e.g. "fortune-telling". */
	trap: string;
	/** Thought records that named it. */
	count: number;
}

export interface IntensityChange {
	/** Mean intensity (0–100) of the re-rated feelings, before and after; null when none were re-rated. */
	before: number | null;
	after: number | null;
	/** Feelings re-rated (pairs of before and after). */
	n: number;
	/** Thought records with at least one re-rated feeling. */
	records: number;
}

export interface ThoughtRecordSummary {
	count: number;
	/** Most frequent first. */
	traps: TrapCount[];
	intensity: IntensityChange;
	/** How much the hot thought was believed (0–100), first and when re-rated at the end, on average. */
	belief: ReratedChange;
}

/** Thinking traps and the change in feelings across the thought records. */
export function thoughtRecordSummary(figures: FiguresByDay): ThoughtRecordSummary {
	const traps = new Map<string, number>();
	let count = 0;
	let before = 0;
	let after = 0;
	let pairs = 0;
	let records = 0;
	const belief: RerateSums = {n: 0, before: 0, after: 0};
	for (const day of figures.values()) {
		const sums = day.thoughtRecords;
		if (sums.count === 0) continue;
		count += sums.count;
		for (const [trap, n] of sums.traps) traps.set(trap, (traps.get(trap) ?? 0) + n);
		before += sums.before;
		after += sums.after;
		pairs += sums.pairs;
		records += sums.records;
		belief.n += sums.belief.n;
		belief.before += sums.belief.before;
		belief.after += sums.belief.after;
	}
	return {
		count,
		traps: [...traps].map(([trap, n]) => ({trap, count: n})).sort((a, b) => b.count - a.count || (a.trap < b.trap ? -1 : 1)),
		intensity:
			pairs === 0 ? {before: null, after: null, n: 0, records: 0} : {before: before / pairs, after: after / pairs, n: pairs, records},
		belief: rerateMeans(belief),
	};
}
