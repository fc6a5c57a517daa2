import type {Entry} from '../entry.js';

/** Metrics every mood entry has (docs/exercise-format.md, "What the built-in exercises save"); always accepted by --metric. */
export const BUILT_IN_METRICS = ['mood', 'urge'] as const;

function finite(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The number an entry gives for a metric, if any. Entries carry their numbers in
 * `metrics`; older or imported mood entries without `metrics` fall back to their
 * `mood` / `urge` values.
 */
export function metricValue(entry: Entry, metric: string): number | undefined {
	const {metrics} = entry;
	if (isRecord(metrics)) return Object.hasOwn(metrics, metric) ? onScale(metric, metrics[metric]) : undefined;
	if (entry.type === 'mood' && (metric === 'mood' || metric === 'urge')) return onScale(metric, entry.values[metric]);
	return undefined;
}

const ZERO_TO_TEN = new Set(['mood', 'urge', 'mood-start', 'urge-start']);

/** The numbers cope writes for a metric: mood and urge from 0 to 10, others within a scale step's ±1000. */
export function metricScale(metric: string): readonly [number, number] {
	return ZERO_TO_TEN.has(metric) ? [0, 10] : [-1000, 1000];
}

/**
 * A number cope could have written for the metric: mood and urge from 0 to 10, others within
 * a scale step's ±1000. Anything else (a hand-edited line: a mood of 99, 1e308) is no reading:
 * it would skew every average it joined. `cope doctor` names such entries.
 */
export function onScale(metric: string, value: unknown): number | undefined {
	const number = finite(value);
	if (number === undefined) return undefined;
	const [min, max] = metricScale(metric);
	return number >= min && number <= max ? number : undefined;
}

/** Every metric name the entries have a number for, sorted. */
export function metricNames(entries: Iterable<Entry>): string[] {
	const names = new Set<string>();
	for (const entry of entries) addMetricNames(entry, names);
	return [...names].sort();
}

/** Adds the metric names of one entry to `names` (for a streaming pass). */
export function addMetricNames(entry: Entry, names: Set<string>): void {
	const {metrics} = entry;
	if (isRecord(metrics)) {
		for (const [name, value] of Object.entries(metrics)) if (onScale(name, value) !== undefined) names.add(name);
		return;
	}
	if (entry.type !== 'mood') return;
	for (const name of BUILT_IN_METRICS) if (onScale(name, entry.values[name]) !== undefined) names.add(name);
}
