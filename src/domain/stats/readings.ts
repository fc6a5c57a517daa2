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
	if (isRecord(metrics)) return Object.hasOwn(metrics, metric) ? finite(metrics[metric]) : undefined;
	if (entry.type === 'mood' && (metric === 'mood' || metric === 'urge')) return finite(entry.values[metric]);
	return undefined;
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
		for (const [name, value] of Object.entries(metrics)) if (finite(value) !== undefined) names.add(name);
		return;
	}
	if (entry.type !== 'mood') return;
	for (const name of BUILT_IN_METRICS) if (finite(entry.values[name]) !== undefined) names.add(name);
}
