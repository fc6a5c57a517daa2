import {type Entry, serializeEntry} from '../entry.js';
import type {Goal} from '../goals/types.js';

export const EXPORT_FORMAT = 'cope-export';
export const EXPORT_VERSION = 1;

/**
 * cope's own export: {"format": "cope-export", "version": 1, "exported": iso,
 * "entries": [...]} with full entries, oldest first, one per line so that a
 * large export stays readable and diffable. `cope import --from cope` takes it back.
 */
export function exportJson(entries: readonly Entry[], exported: string, goals: readonly Goal[] = []): string {
	const head = `{"format": ${JSON.stringify(EXPORT_FORMAT)}, "version": ${EXPORT_VERSION}, "exported": ${JSON.stringify(exported)}, "entries": [`;
	// Goals and homework (docs/goals.md), whole and with their history, after the entries; only when there are any.
	const tail = goals.length === 0 ? '}' : `,\n"goals": [\n${goals.map((goal) => JSON.stringify(goal)).join(',\n')}\n]}`;
	if (entries.length === 0) return `${head}]${tail}\n`;
	return `${head}\n${entries.map((entry) => serializeEntry(entry)).join(',\n')}\n]${tail}\n`;
}
