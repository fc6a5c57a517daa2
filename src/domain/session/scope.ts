/**
 * What a session summary holds and what it leaves out. Journals and the notes on
 * mood entries are private writing: they stay out unless the person asks for them
 * (`--include journal,notes`); `--exclude <type>` leaves out more.
 */
import {invalid} from '../../errors.js';
import type {Entry} from '../entry.js';
import {typeLabel} from '../summary.js';

export interface Scope {
	journal: boolean;
	notes: boolean;
	/** Entry types left out on request. */
	excluded: ReadonlySet<string>;
}

export const INCLUDABLE = ['journal', 'notes'] as const;

function words(texts: readonly string[] | undefined): string[] {
	return (texts ?? [])
		.flatMap((text) => text.split(','))
		.map((word) => word.trim().toLowerCase().replaceAll(' ', '-'))
		.filter((word) => word !== '');
}

/** --include journal,notes and --exclude <type> (each repeatable or comma-separated). */
export function parseScope(include: readonly string[] | undefined, exclude: readonly string[] | undefined): Scope {
	const included = words(include).map((word) => (word === 'journals' ? 'journal' : word === 'note' ? 'notes' : word));
	for (const word of included) {
		if (!(INCLUDABLE as readonly string[]).includes(word)) {
			throw invalid(
				`--include ${JSON.stringify(word)} is not something the summary leaves out.`,
				'It leaves out journal entries and the notes on moods: --include journal, --include notes, or both: --include journal,notes.',
			);
		}
	}
	const excluded = new Set(words(exclude).map((word) => (word === 'journals' ? 'journal' : word === 'note' ? 'notes' : word)));
	for (const word of excluded) {
		if (!/^[a-z0-9-]+$/.test(word))
			throw invalid(
				`--exclude ${JSON.stringify(word)} is not an entry type.`,
				'Use a type such as mood, thought-record, urge-surfing or one of your exercises, e.g. --exclude urge-surfing.',
			);
		if (included.includes(word)) throw invalid(`--include and --exclude both name ${word}.`, 'Name it in one of them.');
	}
	return {
		journal: included.includes('journal') && !excluded.has('journal'),
		notes: included.includes('notes') && !excluded.has('notes'),
		excluded,
	};
}

export interface ScopeItem {
	/** An entry type, or "notes". */
	what: string;
	label: string;
	count: number;
	/** For a left-out item: how to bring it in. */
	hint?: string;
}

export interface Coverage {
	included: ScopeItem[];
	leftOut: ScopeItem[];
}

function hasNote(entry: Entry): boolean {
	const note = entry.values['note'];
	return typeof note === 'string' && note.trim() !== '';
}

/** Is this entry in the summary at all? */
export function inScope(entry: Entry, scope: Scope): boolean {
	if (entry.type === 'journal') return scope.journal && !scope.excluded.has('journal');
	return !scope.excluded.has(entry.type);
}

/** What goes in (by type, with counts) and what stays out, for the preview and the document. */
export function coverage(entries: readonly Entry[], scope: Scope, label: (type: string) => string = typeLabel): Coverage {
	const counts = new Map<string, number>();
	let notes = 0;
	for (const entry of entries) {
		counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
		if (entry.type !== 'journal' && hasNote(entry) && !scope.excluded.has(entry.type)) notes += 1;
	}
	const included: ScopeItem[] = [];
	const leftOut: ScopeItem[] = [];
	for (const [type, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
		const item = {what: type, label: label(type), count};
		if (type === 'journal' && !scope.journal)
			leftOut.push({
				...item,
				label: 'journal entries',
				hint: scope.excluded.has('journal') ? 'left out with --exclude' : 'add with --include journal',
			});
		else if (scope.excluded.has(type)) leftOut.push({...item, hint: 'left out with --exclude'});
		else included.push(item);
	}
	if (notes > 0) {
		const item = {what: 'notes', label: 'notes written with moods', count: notes};
		if (scope.notes) included.push(item);
		else leftOut.push({...item, hint: scope.excluded.has('notes') ? 'left out with --exclude' : 'add with --include notes'});
	}
	return {included, leftOut};
}
