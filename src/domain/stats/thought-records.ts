import type {Entry, EntryValue} from '../entry.js';
import {type ReratedChange, reratedChange} from './rerated.js';

export const THOUGHT_RECORD = 'thought-record';
/** The metric of the thought record's belief in the hot thought (exercises/thought-record.json). */
export const BELIEF = 'belief';

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

function levels(value: EntryValue | undefined): Record<string, unknown> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

function level(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Thinking traps and the change in feelings across the thought records. */
export function thoughtRecordSummary(entries: readonly Entry[]): ThoughtRecordSummary {
	const traps = new Map<string, number>();
	let count = 0;
	let before = 0;
	let after = 0;
	let pairs = 0;
	let records = 0;
	for (const entry of entries) {
		if (entry.type !== THOUGHT_RECORD) continue;
		count += 1;
		const named = entry.values['traps'];
		if (Array.isArray(named)) {
			for (const trap of new Set(named)) if (typeof trap === 'string' && trap !== '') traps.set(trap, (traps.get(trap) ?? 0) + 1);
		}
		const first = levels(entry.values['emotions']);
		const rerated = levels(entry.values['rerate']);
		if (first === undefined || rerated === undefined) continue;
		let any = false;
		for (const [name, value] of Object.entries(rerated)) {
			const was = Object.hasOwn(first, name) ? level(first[name]) : undefined;
			const now = level(value);
			if (was === undefined || now === undefined) continue;
			before += was;
			after += now;
			pairs += 1;
			any = true;
		}
		if (any) records += 1;
	}
	return {
		count,
		traps: [...traps].map(([trap, n]) => ({trap, count: n})).sort((a, b) => b.count - a.count || (a.trap < b.trap ? -1 : 1)),
		intensity:
			pairs === 0 ? {before: null, after: null, n: 0, records: 0} : {before: before / pairs, after: after / pairs, n: pairs, records},
		belief: reratedChange(entries, BELIEF, (entry) => entry.type === THOUGHT_RECORD),
	};
}
