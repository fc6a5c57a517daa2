import type {Context} from '../../context.js';
import type {Entry, EntryValue} from '../../domain/entry.js';
import {applyEdit, type EntryChange} from '../../domain/edit/apply.js';
import {formatAt, parseDocument, parseTagList} from '../../domain/edit/document.js';
import {editableFields, type FieldSpec, parseField} from '../../domain/edit/fields.js';
import {toLocalIso} from '../../domain/time.js';
import {invalid} from '../../errors.js';
import {replaceEntry} from '../../store/revise.js';
import type {EditOptions} from './index.js';
import {afterEntrySaved} from '../common/after-save.js';
import {saying} from '../../words/store-errors.js';
import {editInEditor} from './editor.js';
import {readTextArgument} from '../common/input.js';
import {findEntry, shortId} from '../common/read.js';
import {parseWhen} from '../../domain/when.js';

/** "at" as written: the entry's own time if unchanged, else read like --at (never in the future). */
export async function resolveAt(entry: Entry, text: string, now: Date, option: string): Promise<string> {
	if (text.trim() === formatAt(entry.at)) return entry.at;
	return toLocalIso(await parseWhen(text, now, option));
}

function setOwn(record: Record<string, EntryValue>, key: string, value: EntryValue): void {
	Object.defineProperty(record, key, {value, enumerable: true, writable: true, configurable: true});
}

/** --set field=value (repeatable) and --at: the whole change, checked before anything is written. */
export async function changeFromOptions(
	entry: Entry,
	fields: readonly FieldSpec[],
	options: EditOptions,
	now: Date,
	readStdin: () => Promise<string> = () => Promise.resolve(''),
): Promise<EntryChange> {
	const values: Record<string, EntryValue> = {};
	for (const [key, value] of Object.entries(entry.values)) setOwn(values, key, value);
	let tags = entry.tags;
	let atText = options.at;
	const names = ['at', 'tags', ...fields.map((field) => field.key)];
	const seen = new Set<string>();
	let stdinUsed = false;
	for (const set of options.set ?? []) {
		const equals = set.indexOf('=');
		// Any case names a field ("Mood", "moodlabel"); the entry's own spelling is kept.
		const typed = (equals === -1 ? set : set.slice(0, equals)).trim().toLowerCase();
		const key = names.find((name) => name.toLowerCase() === typed) ?? typed;
		if (equals === -1)
			throw invalid(
				`--set ${JSON.stringify(set)} needs a field and a value: --set field=value.`,
				`The fields are: ${names.join(', ')}. For example: --set mood=5`,
			);
		if (seen.has(key)) throw invalid(`--set ${key} is given twice.`);
		seen.add(key);
		let text = set.slice(equals + 1);
		if (text === '-') {
			// "-" reads the value from stdin, so private words stay out of the shell's history.
			if (stdinUsed) throw invalid('only one --set can read from stdin ("-").');
			stdinUsed = true;
			text = await readStdin();
		}
		const field = fields.find((candidate) => candidate.key === key);
		if (key === 'at') {
			if (atText !== undefined) throw invalid('give the time once: --at or --set at=, not both.');
			atText = text;
		} else if (key === 'tags') tags = parseTagList(text);
		else if (field === undefined) throw invalid(`--set: "${key}" is not a field of this entry.`, `The fields are: ${names.join(', ')}.`);
		else {
			const value = parseField(field, text);
			if (value === undefined) delete values[key];
			else setOwn(values, key, value);
		}
	}
	const at = atText === undefined ? entry.at : await resolveAt(entry, atText, now, atText === options.at ? '--at' : 'at');
	return {at, tags, values};
}

/** Changes an entry; the old version is compacted away so its words leave the disk. */
export async function editEntry(context: Context, idText: string, options: EditOptions): Promise<void> {
	const entry = findEntry(context, idText);
	const fields = editableFields(entry);
	const now = context.now();
	let next: Entry | undefined;
	if (options.set !== undefined || options.at !== undefined) {
		const readStdin = (): Promise<string> =>
			readTextArgument(context.stdin, context.stderr, 'New text. Ctrl+D on a new line saves it; Ctrl+C leaves without saving.\n', true);
		next = applyEdit(entry, await changeFromOptions(entry, fields, options, now, readStdin), now);
		const edited = next;
		if (edited !== undefined) saying('edit', () => replaceEntry(context.paths, entry, edited));
	} else {
		next = await editInEditor(
			context,
			entry,
			fields,
			async (text) => {
				const edited = parseDocument(text, fields);
				return applyEdit(entry, {...edited, at: await resolveAt(entry, edited.at, now, 'at')}, now);
			},
			// Checked against the version the editor opened: a change made meanwhile by another cope is not overwritten.
			(edited) => saying('edit', () => replaceEntry(context.paths, entry, edited)),
		);
	}
	if (next === undefined) {
		context.stdout.write('No changes.\n');
		return;
	}
	context.stdout.write(`Saved. (${shortId(next.id)}, edited)\n`);
	// A mood or urge changed into the hard range gets the same calm message as a new entry.
	const level = (e: Entry, name: string): unknown => e.metrics?.[name] ?? e.values[name];
	if (level(next, 'mood') !== level(entry, 'mood') || level(next, 'urge') !== level(entry, 'urge')) await afterEntrySaved(context, next);
}
