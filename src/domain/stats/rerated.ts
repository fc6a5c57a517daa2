import {addSums, type FiguresByDay, type RerateSums} from './day-figures.js';

/**
 * The average change of a metric rated twice in one entry: an exercise step that
 * re-rates a scale (`rerate`) keeps the first rating as `<metric>-start` and the
 * latest as `<metric>` (docs/exercise-format.md). Entries with both count.
 */
export interface ReratedChange {
	/** Entries with a first and a latest rating. */
	n: number;
	/** The average first and latest rating; null when n is 0. */
	before: number | null;
	after: number | null;
}

/** The averages of these sums. */
export function rerateMeans(sums: RerateSums): ReratedChange {
	return sums.n === 0 ? {n: 0, before: null, after: null} : {n: sums.n, before: sums.before / sums.n, after: sums.after / sums.n};
}

export function reratedChange(figures: FiguresByDay, metric: string): ReratedChange {
	const total: RerateSums = {n: 0, before: 0, after: 0};
	for (const day of figures.values()) {
		const sums = day.rerated.get(metric);
		if (sums !== undefined) addSums(total, sums);
	}
	return rerateMeans(total);
}
