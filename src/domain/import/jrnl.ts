import {createEntry} from '../mood-entry.js';
import type {Entry, EntryValue} from '../entry.js';
import type {IdMaker} from '../entry-id.js';
import {tagsInText} from '../text.js';
import {invalid} from '../../errors.js';
import {describeSpot, findJsonError} from '../syntax-error.js';
import {
	type CalendarDate,
	type ClockTime,
	clockGapNote,
	formatClock,
	formatDate,
	inClockGap,
	localMoment,
	parseClock,
	parseIsoDate,
} from './dates.js';
import {encryptedError, encryptedText} from './encrypted.js';
import {readJrnlText} from './jrnl-text.js';
import {atTags, jrnlTag} from './jrnl-title.js';
import {occurrenceCounter, sourceKey} from './source-key.js';
import type {ParsedImport, ProgressCallback} from './types.js';

export {atTags, splitTitle} from './jrnl-title.js';
export {readJrnlText} from './jrnl-text.js';

/** One jrnl entry, from either of jrnl's formats. */
export interface JrnlRecord {
	date: CalendarDate;
	time: ClockTime;
	/** Minutes east of UTC, when the journal's timeformat has %z. */
	offset?: number;
	title: string;
	body: string;
	starred: boolean;
	/** Tags jrnl listed for it (JSON export), with or without "@". */
	tags: string[];
}

export interface JrnlOptions {
	/** jrnl's timeformat setting (strftime syntax), when the journal's dates need it. */
	dateFormat?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** jrnl's JSON export: {"tags": {...}, "entries": [{"title", "body", "date", "time", "tags", "starred"}]}. */
export function readJrnlJson(value: unknown): JrnlRecord[] {
	if (!isRecord(value) || !Array.isArray(value['entries'])) {
		throw invalid('this JSON is not a jrnl export: it has no "entries" list.', 'Make one with: jrnl --export json > journal.json');
	}
	return value['entries'].map((item: unknown, index) => {
		const where = `entry ${index + 1}`;
		if (!isRecord(item))
			throw invalid(`${where} is not a JSON object.`, 'jrnl exports each entry as {"title", "body", "date", "time", ...}.');
		const {title, body, date, time, tags, starred} = item;
		if (typeof title !== 'string' || (body !== undefined && typeof body !== 'string'))
			throw invalid(`${where} has no text ("title" and "body" should be strings).`);
		if (typeof date !== 'string' || typeof time !== 'string')
			throw invalid(`${where} has no "date" and "time".`, 'jrnl writes them as "2026-11-20" and "21:40".');
		if (tags !== undefined && !(Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')))
			throw invalid(`${where}: "tags" should be a list of words.`);
		const day = parseIsoDate(date);
		const clock = parseClock(time);
		if (day === undefined || clock === undefined)
			throw invalid(
				`${where}: its "date" and "time" are not a date and time cope can read.`,
				'jrnl writes them as "2026-11-20" and "21:40".',
			);
		return {
			date: day,
			time: clock,
			title: title.trim(),
			body: (body ?? '').trim(),
			starred: starred === true,
			tags: (tags ?? []) as string[],
		};
	});
}

/** Reads either of jrnl's formats, telling them apart by their content. */
export function readJrnl(text: string, options: JrnlOptions = {}): {records: JrnlRecord[]; notes: string[]} {
	const encrypted = encryptedText(text);
	if (encrypted !== undefined) throw encryptedError(encrypted);
	const trimmed = text.replace(/^\uFEFF/, '').trimStart();
	if (!trimmed.startsWith('{')) return readJrnlText(text, options);
	let value: unknown;
	try {
		value = JSON.parse(trimmed);
	} catch {
		throw invalid(
			`this looks like JSON but cannot be read: ${describeSpot(findJsonError(text) ?? {line: 1, column: 1, expected: 'valid JSON'})}.`,
			'jrnl exports JSON with: jrnl --export json > journal.json',
		);
	}
	const notes =
		options.dateFormat === undefined
			? []
			: ["--date-format was not needed: jrnl's JSON export always writes dates as 2026-11-20 and 21:40."];
	return {records: readJrnlJson(value), notes};
}

/**
 * What makes a jrnl entry the same entry in the text journal and in its JSON export:
 * its day, its time to the minute (the export has no seconds) and its words, however
 * they are split into title and body or spaced.
 */
export function jrnlSourceKey(record: JrnlRecord, occurrence: number): string {
	const words = `${record.title} ${record.body}`.replace(/\s+/g, ' ').trim();
	return sourceKey([formatDate(record.date), formatClock({...record.time, second: 0}), words, occurrence]);
}

function momentOf(record: JrnlRecord): Date {
	if (record.offset === undefined) return localMoment(record.date, record.time);
	const {year, month, day} = record.date;
	const {hour, minute, second} = record.time;
	return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - record.offset * 60_000);
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** jrnl entries as journal entries: values {text: title, blank line, body; starred?}, @tags as tags. */
export function parseJrnl(text: string, options: JrnlOptions & {now: Date; newId: IdMaker; onProgress?: ProgressCallback}): ParsedImport {
	const {records, notes} = readJrnl(text, options);
	const identical = occurrenceCounter();
	const entries: Entry[] = [];
	const changed = new Map<string, string>();
	const dropped = new Set<string>();
	// Oldest first, as jrnl shows them (and so that ids follow the order things happened).
	const sorted = records.map((record) => ({record, at: momentOf(record)})).sort((a, b) => a.at.getTime() - b.at.getTime());
	let empty = 0;
	const gaps = sorted.filter(({record, at}) => record.offset === undefined && inClockGap(at, record.time)).length;
	sorted.forEach(({record, at}, index) => {
		const words = `${record.title} ${record.body}`.replace(/\s+/g, ' ').trim();
		// A date with no words is no entry (cope journal "" saves nothing either).
		if (words === '') {
			empty++;
			return;
		}
		const key = jrnlSourceKey(
			record,
			identical(JSON.stringify([formatDate(record.date), formatClock({...record.time, second: 0}), words])),
		);
		const text = record.body === '' ? record.title : `${record.title}\n\n${record.body}`;
		const values: Record<string, EntryValue> = {text};
		if (record.starred) values['starred'] = true;
		const tags: string[] = [];
		for (const label of [...record.tags.map((tag) => tag.replace(/^[@#]/, '')), ...atTags(text)]) {
			const tag = jrnlTag(label);
			if (tag === undefined) dropped.add(`@${label}`);
			else {
				tags.push(tag);
				if (tag !== label.toLowerCase()) changed.set(`@${label.toLowerCase()}`, tag);
			}
		}
		entries.push(
			createEntry({
				id: options.newId(options.now),
				type: 'journal',
				exercise: 'journal',
				at,
				now: options.now,
				tags: [...tags, ...tagsInText(text)],
				values,
				source: {from: 'jrnl', key},
			}),
		);
		if (index % 500 === 0) options.onProgress?.(index, sorted.length);
	});
	if (changed.size > 0) {
		const shown = [...changed].slice(0, 6).map(([from, to]) => `${from} → #${to}`);
		notes.push(
			`${plural(changed.size, 'tag was', 'tags were')} changed to fit cope's tags (letters, digits, - and _): ${shown.join(', ')}${changed.size > 6 ? ', …' : ''}.`,
		);
	}
	if (gaps > 0) notes.push(clockGapNote(gaps));
	if (empty > 0)
		notes.push(`${plural(empty, 'entry has', 'entries have')} no words, only a date, and ${empty === 1 ? 'was' : 'were'} left out.`);
	if (dropped.size > 0)
		notes.push(
			`${plural(dropped.size, 'tag has', 'tags have')} no letters or digits and could not become a tag: ${[...dropped].join(', ')}.`,
		);
	return {entries, records: records.length, notes};
}
