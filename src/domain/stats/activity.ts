import {type Entry, localDay} from '../entry.js';

export interface TypeCount {
	type: string;
	count: number;
}

export interface Activity {
	entries: number;
	/** Days of the period with at least one entry of any kind. */
	daysWithEntry: number;
	periodDays: number;
	/** Most frequent first. */
	byType: TypeCount[];
}

export function activity(entries: readonly Entry[], periodDays: number): Activity {
	const types = new Map<string, number>();
	const days = new Set<string>();
	for (const entry of entries) {
		types.set(entry.type, (types.get(entry.type) ?? 0) + 1);
		days.add(localDay(entry.at));
	}
	const byType = [...types].map(([type, count]) => ({type, count})).sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
	return {entries: entries.length, daysWithEntry: days.size, periodDays, byType};
}
