import {parse} from 'csv-parse/sync';
import {csvErrorSpot, describeSpot} from '../syntax-error.js';
import type {Entry} from '../entry.js';
import {createMoodEntry} from '../mood-entry.js';
import type {IdMaker} from '../entry-id.js';
import {invalid} from '../../errors.js';
import {
	type CalendarDate,
	type ClockTime,
	clockGapNote,
	formatClock,
	formatDate,
	inClockGap,
	localMoment,
	parseClock,
	parseDayAndMonth,
	parseIsoDate,
} from './dates.js';
import {normaliseMoodName} from './mood-map.js';
import {occurrenceCounter, sourceKey} from './source-key.js';
import {tagsFromLabels} from './tags.js';
import type {ParsedImport, ProgressCallback} from './types.js';

export const DAYLIO_HEADER_EXAMPLE = 'full_date,date,weekday,time,mood,activities,note_title,note';

/** A Daylio row, read but not yet turned into an entry. */
interface DaylioRow {
	row: number;
	date: CalendarDate;
	time: ClockTime;
	mood: string;
	/** The mood's name as the file writes it ("Anxious"), kept as values.moodLabel. */
	label: string;
	activities: string[];
	note: string;
	key: string;
}

export interface DaylioImport extends ParsedImport {
	/** Every mood name in the file (normalised) with its level (undefined: unmapped) and how many rows use it. */
	moods: Array<{name: string; level: number | undefined; rows: number}>;
	/** Names with no level; when any are left, nothing may be imported. */
	unmapped: string[];
	/** The first and last day of all rows (YYYY-MM-DD), mapped or not. */
	days?: {first: string; last: string};
}

interface Columns {
	/** How many columns the header names. */
	width: number;
	fullDate?: number;
	year?: number;
	date?: number;
	time: number;
	mood: number;
	activities?: number;
	noteTitle?: number;
	note?: number;
	scales?: number;
}

/** The columns found by name, or the names of those missing. */
function findColumns(header: readonly string[]): Columns | string[] {
	const index = (name: string): number | undefined => {
		const at = header.findIndex((cell) => cell.trim().toLowerCase() === name);
		return at === -1 ? undefined : at;
	};
	const time = index('time');
	const mood = index('mood');
	const fullDate = index('full_date');
	const year = index('year');
	const date = index('date');
	const missing = [
		...(fullDate === undefined && (year === undefined || date === undefined) ? ['full_date (or year and date)'] : []),
		...(time === undefined ? ['time'] : []),
		...(mood === undefined ? ['mood'] : []),
	];
	if (time === undefined || mood === undefined || missing.length > 0) return missing;
	return {
		width: header.length,
		fullDate,
		year,
		date,
		time,
		mood,
		activities: index('activities'),
		noteTitle: index('note_title'),
		note: index('note'),
		scales: index('scales'),
	};
}

/** Daylio writes line breaks in notes as <br> (and sometimes a real newline). */
function noteText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/[ \t]+\n/g, '\n')
		.trim();
}

function cell(record: readonly string[], column: number | undefined): string {
	return column === undefined ? '' : (record[column] ?? '');
}

/** Commas, as Daylio writes; semicolons or tabs when a spreadsheet saved the file again (its first line has no comma). */
function delimiterOf(text: string): string {
	const first = text.slice(0, text.search(/\r?\n|$/));
	if (first.includes(',')) return ',';
	return first.includes(';') ? ';' : first.includes('\t') ? '\t' : ',';
}

function readCsv(text: string): string[][] {
	try {
		return parse(text.replace(/\r$/, ''), {
			bom: true,
			skip_empty_lines: true,
			relax_column_count: true,
			delimiter: delimiterOf(text),
		}) as string[][];
	} catch (error) {
		throw invalid(
			`this is not a CSV file cope can read: ${describeSpot(csvErrorSpot(error))}.`,
			`A Daylio export starts with a line like ${DAYLIO_HEADER_EXAMPLE}.`,
		);
	}
}

function readRow(record: readonly string[], columns: Columns, row: number, identical: (content: string) => number): DaylioRow {
	// A cell is named by its column, never quoted: a file whose columns slipped can hold a note anywhere.
	const date =
		columns.fullDate === undefined
			? parseDayAndMonth(cell(record, columns.year), cell(record, columns.date))
			: parseIsoDate(cell(record, columns.fullDate));
	if (date === undefined)
		throw invalid(
			`row ${row}: the date (${columns.fullDate === undefined ? 'the year and date columns' : 'the full_date column'}) is not a date cope can read.`,
			'Daylio writes dates like 2021-09-28 (full_date), or a year with "28 September".',
		);
	const time = parseClock(cell(record, columns.time));
	if (time === undefined)
		throw invalid(`row ${row}: the time (the time column) is not a time cope can read.`, 'Daylio writes times like "10:00 pm" or "22:00".');
	const mood = normaliseMoodName(cell(record, columns.mood));
	if (mood === '') throw invalid(`row ${row} has no mood.`, 'Every Daylio row has a mood name in the mood column.');
	const activities = cell(record, columns.activities)
		.split('|')
		.map((label) => label.trim())
		.filter((label) => label !== '');
	// Cells past the header's last column are words that slipped (a comma in a note the file did not quote): kept at the end of the note.
	const spilled = record.slice(columns.width).filter((value) => value.trim() !== '');
	const note = [noteText(cell(record, columns.noteTitle)), noteText([cell(record, columns.note), ...spilled].join(','))]
		.filter((part) => part !== '')
		.join('\n\n');
	const content = JSON.stringify([formatDate(date), formatClock(time), mood, activities.map((label) => label.toLowerCase()), note]);
	const label = cell(record, columns.mood).normalize('NFC').trim().replace(/\s+/g, ' ');
	return {row, date, time, mood, label, activities, note, key: sourceKey([content, identical(content)])};
}

/**
 * Reads Daylio's CSV export (7, 8 or 9 columns, found by name; BOM or not; CRLF or LF)
 * into mood entries. Names in `moodMap` (normalised) give the level; rows whose mood
 * has no level are counted in `unmapped` and get no entry.
 */
export function parseDaylio(
	text: string,
	options: {moodMap: ReadonlyMap<string, number>; now: Date; newId: IdMaker; onProgress?: ProgressCallback},
): DaylioImport {
	const records = readCsv(text);
	const header = records[0];
	const columns = header === undefined ? ['full_date (or year and date)', 'time', 'mood'] : findColumns(header);
	if (Array.isArray(columns)) {
		throw invalid(
			`this does not look like a Daylio CSV export: its first line names no ${columns.join(', no ')} column.`,
			`Daylio's export starts with ${DAYLIO_HEADER_EXAMPLE} (older ones: year,date,weekday,time,mood,activities,note).`,
		);
	}
	const identical = occurrenceCounter();
	const rows: DaylioRow[] = [];
	const total = records.length - 1;
	let scaled = 0;
	let long = 0;
	for (let index = 1; index < records.length; index++) {
		const record = records[index] as string[];
		if (record.every((value) => value.trim() === '')) continue;
		rows.push(readRow(record, columns, index, identical));
		if (record.slice(columns.width).some((value) => value.trim() !== '')) long++;
		if (cell(record, columns.scales).trim() !== '') scaled++;
		if (index % 500 === 0) options.onProgress?.(index, total);
	}
	const moods = new Map<string, {name: string; level: number | undefined; rows: number}>();
	for (const row of rows) {
		const known = moods.get(row.mood);
		if (known) known.rows++;
		else moods.set(row.mood, {name: row.mood, level: options.moodMap.get(row.mood), rows: 1});
	}
	const unmapped = [...moods.values()].filter((mood) => mood.level === undefined).map((mood) => mood.name);
	// Oldest first, so that ids (sortable by creation) follow the order things happened.
	const sorted = rows.map((row) => ({row, at: localMoment(row.date, row.time)})).sort((a, b) => a.at.getTime() - b.at.getTime());
	const gaps = sorted.filter(({row, at}) => inClockGap(at, row.time)).length;
	const entries: Entry[] = [];
	const untaggable = new Set<string>();
	for (const {row, at} of sorted) {
		const level = options.moodMap.get(row.mood);
		if (level === undefined) continue;
		const {tags, dropped} = tagsFromLabels(row.activities);
		for (const label of dropped) untaggable.add(label);
		const entry = createMoodEntry({mood: level, note: row.note, tags, at, now: options.now, id: options.newId(options.now)});
		// The word the person chose in Daylio says more than the number it maps to.
		const {mood, ...rest} = entry.values;
		entry.values = {mood: mood ?? level, moodLabel: row.label, ...rest};
		entry.source = {from: 'daylio', key: row.key};
		entries.push(entry);
	}
	options.onProgress?.(total, total);
	const notes: string[] = [];
	if (untaggable.size > 0) notes.push(`Activities with no letters or digits could not become tags: ${[...untaggable].join(', ')}.`);
	if (gaps > 0) notes.push(clockGapNote(gaps));
	if (long > 0)
		notes.push(
			`${long === 1 ? '1 row has' : `${long} rows have`} more cells than the first line names; the extra words are kept at the end of ${long === 1 ? 'its' : 'their'} note.`,
		);
	if (scaled > 0)
		notes.push(
			`Daylio's scales (on ${scaled} ${scaled === 1 ? 'row' : 'rows'}) are not imported; cope keeps the mood, activities and notes.`,
		);
	const [oldest, newest] = [sorted[0], sorted[sorted.length - 1]];
	const days = oldest && newest ? {first: formatDate(oldest.row.date), last: formatDate(newest.row.date)} : undefined;
	return {entries, records: rows.length, notes, moods: [...moods.values()], unmapped, days};
}
