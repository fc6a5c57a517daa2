import {type Entry, localDay} from '../entry.js';

export interface ImportSummary {
	count: number;
	/** Local days of the first and last entry (YYYY-MM-DD). */
	first?: string;
	last?: string;
	/** Entries per type, e.g. {mood: 30, journal: 1}. */
	types: Record<string, number>;
	/** Tags with how many entries carry each, most used first. */
	tags: Array<{tag: string; count: number}>;
}

export function summariseEntries(entries: readonly Entry[]): ImportSummary {
	const summary: ImportSummary = {count: entries.length, types: {}, tags: []};
	const tags = new Map<string, number>();
	for (const entry of entries) {
		const day = localDay(entry.at);
		if (summary.first === undefined || day < summary.first) summary.first = day;
		if (summary.last === undefined || day > summary.last) summary.last = day;
		summary.types[entry.type] = (summary.types[entry.type] ?? 0) + 1;
		for (const tag of entry.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
	}
	summary.tags = [...tags].map(([tag, count]) => ({tag, count})).sort((a, b) => b.count - a.count || (a.tag < b.tag ? -1 : 1));
	return summary;
}
