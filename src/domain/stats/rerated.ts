import type {Entry} from '../entry.js';

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

function finite(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function reratedChange(entries: readonly Entry[], metric: string, keep: (entry: Entry) => boolean = () => true): ReratedChange {
	let n = 0;
	let before = 0;
	let after = 0;
	for (const entry of entries) {
		if (entry.deleted || !keep(entry)) continue;
		const start = finite(entry.metrics?.[`${metric}-start`]);
		const end = finite(entry.metrics?.[metric]);
		if (start === undefined || end === undefined) continue;
		n += 1;
		before += start;
		after += end;
	}
	return n === 0 ? {n, before: null, after: null} : {n, before: before / n, after: after / n};
}
