import {addCounts, type FiguresByDay} from './day-figures.js';

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

export function activity(figures: FiguresByDay, periodDays: number): Activity {
	const types = new Map<string, number>();
	let entries = 0;
	let daysWithEntry = 0;
	for (const day of figures.values()) {
		if (day.entries === 0) continue;
		entries += day.entries;
		daysWithEntry += 1;
		addCounts(types, day.types);
	}
	const byType = [...types].map(([type, count]) => ({type, count})).sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
	return {entries, daysWithEntry, periodDays, byType};
}
