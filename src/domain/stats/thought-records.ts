import {addThoughtRecordSums, emptyThoughtRecordSums, type FiguresByDay} from './day-figures.js';
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
	const total = emptyThoughtRecordSums();
	for (const day of figures.values()) addThoughtRecordSums(total, day.thoughtRecords);
	const {count, before, after, pairs, records} = total;
	return {
		count,
		traps: [...total.traps].map(([trap, n]) => ({trap, count: n})).sort((a, b) => b.count - a.count || (a.trap < b.trap ? -1 : 1)),
		intensity:
			pairs === 0 ? {before: null, after: null, n: 0, records: 0} : {before: before / pairs, after: after / pairs, n: pairs, records},
		belief: rerateMeans(total.belief),
	};
}
