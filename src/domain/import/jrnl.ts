import {createEntry} from '../mood-entry.js';
import type {IdMaker} from '../entry-id.js';
import type {Entry, EntryValue} from '../entry.js';
import {tagsInText} from '../text.js';
import {invalid} from '../../errors.js';
import {type CalendarDate, type ClockTime, formatClock, formatDate, localMoment, parseClock, parseIsoDate} from './dates.js';
import {sourceKey} from './source-key.js';
import {tagFromLabel} from './tags.js';
import type {ParsedImport, ProgressCallback} from './types.js';

/** One jrnl entry, from either of jrnl's formats. */
export interface JrnlRecord {
	date: CalendarDate;
	time: ClockTime;
	title: string;
	body: string;
	starred: boolean;
	/** Tags jrnl listed for it (JSON export), with or without "@". */
	tags: string[];
}

const HEADER = /^\[(\d{4}-\d{1,2}-\d{1,2})[ T](\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)\]\s?(.*)$/;
const HEADER_EXAMPLE = '[2026-11-20 21:40] A title. then the text on the lines below';

// jrnl's own tag pattern (tagsymbols "@"): the tag runs until a space or a mark that is not - + * # /.
const AT_TAG = /(?<!\S)@([\p{L}\p{N}_][-+*#/\p{L}\p{N}_]*)/gu;

export function atTags(text: string): string[] {
	return [...text.matchAll(AT_TAG)].map((match) => match[1] ?? '');
}

/**
 * jrnl's title rule: the first line; an entry of one line is split after its first
 * sentence ("Went out. It rained." → "Went out." and "It rained.").
 */
export function splitTitle(text: string): {title: string; body: string} {
	const trimmed = text.trim();
	const newline = trimmed.indexOf('\n');
	if (newline !== -1) return {title: trimmed.slice(0, newline).trim(), body: trimmed.slice(newline + 1).trim()};
	const sentence = /[.!?\u2026\u203d]['"\u2019\u201d)]*(?:\s|$)/u.exec(trimmed);
	if (!sentence) return {title: trimmed, body: ''};
	const end = sentence.index + sentence[0].length;
	return {title: trimmed.slice(0, end).trim(), body: trimmed.slice(end).trim()};
}

function readWhen(date: string, time: string, where: string): {date: CalendarDate; time: ClockTime} {
	const day = parseIsoDate(date);
	const clock = parseClock(time);
	if (day === undefined || clock === undefined) {
		throw invalid(`${where}: "${date} ${time}" is not a date and time cope can read.`, 'jrnl writes them as 2026-11-20 21:40.');
	}
	return {date: day, time: clock};
}

/** jrnl's plain-text journal: entries start with "[YYYY-MM-DD HH:MM] Title."; " *" after the title stars it. */
export function readJrnlText(text: string): JrnlRecord[] {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const records: JrnlRecord[] = [];
	let current: {when: {date: CalendarDate; time: ClockTime}; first: string; rest: string[]} | undefined;
	const finish = (): void => {
		if (!current) return;
		let first = current.first.trimEnd();
		let starred = false;
		if (first === '*' || first.endsWith(' *')) {
			starred = true;
			first = first.slice(0, -1).trimEnd();
		}
		const {title, body} = splitTitle(`${first}\n${current.rest.join('\n')}`);
		records.push({...current.when, title, body, starred, tags: []});
	};
	lines.forEach((line, index) => {
		const header = HEADER.exec(line);
		if (header) {
			finish();
			current = {when: readWhen(header[1] ?? '', header[2] ?? '', `line ${index + 1}`), first: header[3] ?? '', rest: []};
			return;
		}
		if (current) current.rest.push(line);
		else if (line.trim() !== '') {
			throw invalid(`line ${index + 1} comes before the first entry, so it has no date and would be lost.`, `A jrnl journal starts each entry with a line like ${HEADER_EXAMPLE}. Add one above it, or remove the line.`);
		}
	});
	finish();
	if (records.length === 0) throw invalid('this does not look like a jrnl journal: no line starts an entry.', `Each jrnl entry starts with a line like ${HEADER_EXAMPLE}; jrnl's JSON export (jrnl --export json) works too.`);
	return records;
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
		if (!isRecord(item)) throw invalid(`${where} is not a JSON object.`, 'jrnl exports each entry as {"title", "body", "date", "time", ...}.');
		const {title, body, date, time, tags, starred} = item;
		if (typeof title !== 'string' || (body !== undefined && typeof body !== 'string')) throw invalid(`${where} has no text ("title" and "body" should be strings).`);
		if (typeof date !== 'string' || typeof time !== 'string') throw invalid(`${where} has no "date" and "time".`, 'jrnl writes them as "2026-11-20" and "21:40".');
		if (tags !== undefined && !(Array.isArray(tags) && tags.every((tag) => typeof tag === 'string'))) throw invalid(`${where}: "tags" should be a list of words.`);
		return {...readWhen(date, time, where), title: title.trim(), body: (body ?? '').trim(), starred: starred === true, tags: (tags ?? []) as string[]};
	});
}

/** Reads either of jrnl's formats, telling them apart by their content. */
export function readJrnl(text: string): JrnlRecord[] {
	const trimmed = text.trimStart();
	if (!trimmed.startsWith('{')) return readJrnlText(text);
	let value: unknown;
	try {
		value = JSON.parse(trimmed);
	} catch (error) {
		throw invalid(`this looks like JSON but cannot be read: ${(error as Error).message}.`, 'jrnl exports JSON with: jrnl --export json > journal.json');
	}
	return readJrnlJson(value);
}

export function jrnlSourceKey(record: JrnlRecord): string {
	return sourceKey([formatDate(record.date), formatClock(record.time), record.title, record.body]);
}

/** jrnl entries as journal entries: values {text: title, blank line, body; starred?}, @tags as tags. */
export function parseJrnl(text: string, options: {now: Date; newId: IdMaker; onProgress?: ProgressCallback}): ParsedImport {
	const records = readJrnl(text);
	const seen = new Set<string>();
	const entries: Entry[] = [];
	let repeated = 0;
	const sorted = records.map((record) => ({record, at: localMoment(record.date, record.time)})).sort((a, b) => a.at.getTime() - b.at.getTime());
	sorted.forEach(({record, at}, index) => {
		const key = jrnlSourceKey(record);
		if (seen.has(key)) {
			repeated++;
			return;
		}
		seen.add(key);
		const text = record.body === '' ? record.title : `${record.title}\n\n${record.body}`;
		const values: Record<string, EntryValue> = {text};
		if (record.starred) values['starred'] = true;
		const labels = [...record.tags.map((tag) => tag.replace(/^[@#]/, '')), ...atTags(text)];
		const tags = [...labels.map((label) => tagFromLabel(label)).filter((tag): tag is string => tag !== undefined), ...tagsInText(text)];
		entries.push(createEntry({id: options.newId(options.now), type: 'journal', exercise: 'journal', at, now: options.now, tags, values, source: {from: 'jrnl', key}}));
		if (index % 500 === 0) options.onProgress?.(index, sorted.length);
	});
	const notes = repeated > 0 ? [`${repeated} ${repeated === 1 ? 'entry appears' : 'entries appear'} twice in the file (same time and words); each is kept once.`] : [];
	return {entries, records: records.length, notes};
}
