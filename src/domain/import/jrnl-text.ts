import {type CopeError, invalid} from '../../errors.js';
import type {JrnlOptions, JrnlRecord} from './jrnl.js';
import {chooseDayOrder, type LooseDate, readingIn, readLooseDate, type WhenRead} from './jrnl-dates.js';
import {readEntryText} from './jrnl-title.js';
import {compileTimeFormat, formatExample, readStart, readWhole, SUPPORTED_DIRECTIVES, type TimeFormat} from './timeformat.js';

/*
 * jrnl's plain-text journal, read the way jrnl reads it (jrnl/journals/Journal.py in
 * jrnl-org/jrnl): an entry starts at a line "[date] title"; jrnl 1.x journals have
 * no brackets ("2010-06-10 15:00 title"). Error messages name the line and column
 * and what was expected, never the words of the journal.
 */

// "[" a date "]" then a space, or the end of the line (an editor may have trimmed the space).
const BRACKET = /^\[([^\]\n]+)\](?: (.*)|$)/;
// A jrnl 1.x entry line: a date and a time, then a space or the end of the line.
const LEGACY =
	/^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2}))[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?=\s|$)/;
// jrnl leaves a bracket of up to 6 characters alone ("[1]", "[x]": footnotes, checkboxes).
const SHORT_BRACKET = 6;

const SAMPLE = {date: {year: 2026, month: 11, day: 20}, time: {hour: 21, minute: 40, second: 0}};

interface Header {
	index: number;
	rest: string;
	/** The date as the --date-format read it, or every way it can be read. */
	fixed?: WhenRead;
	loose?: LooseDate;
}

function sampleDate(format: TimeFormat | undefined, legacy: boolean): string {
	const date = format === undefined ? '2026-11-20 21:40' : formatExample(format.source, SAMPLE.date, SAMPLE.time);
	return legacy ? `${date} A title.` : `[${date}] A title.`;
}

function dateHint(format: TimeFormat | undefined, legacy: boolean, inEntry: boolean): string {
	const shape =
		format === undefined
			? `An entry starts with a date as jrnl writes it, like ${sampleDate(undefined, legacy)} If your jrnl config sets another timeformat, give it, e.g. --date-format "%d.%m.%Y %H:%M".`
			: `With --date-format "${format.source}", an entry starts like ${sampleDate(format, legacy)}`;
	return inEntry ? `${shape}\nIf the line belongs to the entry above rather than starting a new one, put a space before it.` : shape;
}

/** `inEntry`: the line comes after an entry's first line, so it may be that entry's text. */
function unreadable(line: number, column: number, format: TimeFormat | undefined, legacy: boolean, inEntry = true): CopeError {
	const where = `line ${line}, column ${column}`;
	const what = legacy ? 'the date' : 'what is in the brackets';
	const message =
		format === undefined
			? `${where}: ${what} is not a date cope can read.`
			: `${where}: ${what} does not fit --date-format "${format.source}".`;
	return invalid(message, dateHint(format, legacy, inEntry));
}

function beforeFirstEntry(line: number, format: TimeFormat | undefined): CopeError {
	return invalid(
		`line ${line} comes before the first entry, so it has no date and would be lost.`,
		`A jrnl journal starts each entry with a line like ${sampleDate(format, false)} (jrnl 1.x: ${sampleDate(format, true)}). Add one above it, or remove the line.${format === undefined ? '\nIf your jrnl config has its own timeformat, give it, e.g. --date-format "%d.%m.%Y %H:%M".' : ''}`,
	);
}

export function readTimeFormat(source: string): TimeFormat {
	const format = compileTimeFormat(source);
	if (typeof format === 'string') {
		throw invalid(
			`--date-format "${source}" cannot be used: ${format}.`,
			`Give the timeformat from your jrnl config, e.g. --date-format "%d.%m.%Y %H:%M". cope reads ${SUPPORTED_DIRECTIVES}.`,
		);
	}
	return format;
}

/** The one reading of a date that fits nothing else (jrnl too falls back to reading it as it can). */
function unambiguous(date: LooseDate | undefined): WhenRead | undefined {
	return date === undefined ? undefined : readingIn(date, undefined);
}

function findHeaders(
	lines: readonly string[],
	legacy: boolean,
	format: TimeFormat | undefined,
): {headers: Header[]; fallbacks: number; bracketsKept: number} {
	const headers: Header[] = [];
	let fallbacks = 0;
	let bracketsKept = 0;
	lines.forEach((line, index) => {
		if (legacy) {
			if (BRACKET.test(line) && readLooseDate(BRACKET.exec(line)?.[1] ?? '') !== undefined) bracketsKept++;
			if (format !== undefined) {
				const start = readStart(format, line);
				if (start)
					headers.push({
						index,
						rest: line.slice(start.end).replace(/^[ \t]/, ''),
						fixed: {...start.when, timeGiven: format.hasTime, dayGiven: true},
					});
				return;
			}
			const match = LEGACY.exec(line);
			if (!match) return;
			const loose = readLooseDate(match[0]);
			if (loose === undefined) throw unreadable(index + 1, 1, format, true, headers.length > 0);
			headers.push({index, rest: line.slice(match[0].length).replace(/^[ \t]/, ''), loose});
			return;
		}
		const match = BRACKET.exec(line);
		if (!match) return;
		const blob = match[1] ?? '';
		const rest = match[2] ?? '';
		if (format !== undefined) {
			const when = readWhole(format, blob);
			if (when) {
				headers.push({index, rest, fixed: {...when, timeGiven: format.hasTime, dayGiven: true}});
				return;
			}
			const fallback = unambiguous(readLooseDate(blob));
			if (fallback) {
				fallbacks++;
				headers.push({index, rest, fixed: fallback});
				return;
			}
		} else {
			const loose = readLooseDate(blob);
			if (loose) {
				headers.push({index, rest, loose});
				return;
			}
		}
		// Words alone in brackets ("[see below] ...") are text to jrnl too. With digits, it is
		// more likely a date cope cannot read: better to stop and say so than to fold that
		// entry, and its date, into the one above.
		if (blob.trim().length > SHORT_BRACKET && /\d/.test(blob)) throw unreadable(index + 1, 2, format, false, headers.length > 0);
	});
	return {headers, fallbacks, bracketsKept};
}

function resolveDates(headers: readonly Header[]): WhenRead[] {
	const choice = chooseDayOrder(headers.flatMap((header) => (header.loose ? [{line: header.index + 1, date: header.loose}] : [])));
	if (choice.kind === 'conflict') {
		throw invalid(
			`the dates in this journal do not agree on which number is the day: the date on line ${choice.dayFirstLine} only makes sense with the day first, the one on line ${choice.monthFirstLine} only with the month first.`,
			'Give the timeformat from your jrnl config, e.g. --date-format "%d.%m.%Y %H:%M"; dates that do not fit it are read the one way they can be.',
		);
	}
	if (choice.kind === 'ambiguous') {
		const {dayFirst, monthFirst} = choice.formats;
		const example = formatExample(dayFirst, {year: 2026, month: 4, day: 3}, SAMPLE.time);
		throw invalid(
			`the dates in this journal can be read day first or month first (line ${choice.line} is one), so cope cannot tell which number is the day.`,
			`Say which, as the timeformat in your jrnl config has it:\n  --date-format "${dayFirst}"   if ${example} is 3 April\n  --date-format "${monthFirst}"   if it is 4 March`,
		);
	}
	return headers.map((header) => {
		const when = header.fixed ?? (header.loose && readingIn(header.loose, choice.order));
		// chooseDayOrder found an order every date has; a date without it would have stopped it.
		if (when === undefined) throw unreadable(header.index + 1, 2, undefined, false);
		return when;
	});
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** jrnl's text journal: its entries, oldest first as written, and what the person should know about how they were read. */
export function readJrnlText(text: string, options: JrnlOptions = {}): {records: JrnlRecord[]; notes: string[]} {
	const format = options.dateFormat === undefined ? undefined : readTimeFormat(options.dateFormat);
	const lines = text
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split('\n');
	const firstLine = lines.findIndex((line) => line.trim() !== '');
	// An empty journal is a journal with no entries (jrnl makes one so when it starts).
	if (firstLine === -1) return {records: [], notes: []};
	const first = lines[firstLine] ?? '';
	const legacy = !BRACKET.test(first) && (format === undefined ? LEGACY.test(first) : readStart(format, first) !== undefined);
	const {headers, fallbacks, bracketsKept} = findHeaders(lines, legacy, format);
	if (headers[0] === undefined || headers[0].index !== firstLine) throw beforeFirstEntry(firstLine + 1, format);
	const dates = resolveDates(headers);
	const records: JrnlRecord[] = headers.map((header, at) => {
		const next = headers[at + 1]?.index ?? lines.length;
		const {title, body, starred} = readEntryText([header.rest, ...lines.slice(header.index + 1, next)].join('\n'));
		const when = dates[at] as WhenRead;
		return {date: when.date, time: when.time, ...(when.offset === undefined ? {} : {offset: when.offset}), title, body, starred, tags: []};
	});
	const notes: string[] = [];
	if (legacy)
		notes.push(
			`Read as a jrnl 1.x journal (dates without brackets).${bracketsKept > 0 ? ` ${plural(bracketsKept, 'line', 'lines')} starting with a [date] ${bracketsKept === 1 ? 'is' : 'are'} kept as text of the entry above, as jrnl reads ${bracketsKept === 1 ? 'it' : 'them'}.` : ''}`,
		);
	const noDay = dates.findIndex((when) => !when.dayGiven);
	if (noDay !== -1) {
		const count = dates.filter((when) => !when.dayGiven).length;
		notes.push(
			`${plural(count, 'entry has', 'entries have')} a date without a day (line ${(headers[noDay]?.index ?? 0) + 1}${count > 1 ? ' and others' : ''}): dated the 1st of the month, as jrnl shows ${count === 1 ? 'it' : 'them'}.`,
		);
	}
	const untimed = dates.filter((when) => !when.timeGiven).length;
	if (untimed > 0)
		notes.push(
			`${untimed === records.length ? (untimed === 1 ? 'The entry has' : `All ${untimed} entries have`) : plural(untimed, 'entry has', 'entries have')} a date but no time: ${untimed === 1 ? 'it is' : 'they are'} at 00:00, as jrnl shows ${untimed === 1 ? 'it' : 'them'}.`,
		);
	if (fallbacks > 0)
		notes.push(
			`${plural(fallbacks, 'date does', 'dates do')} not fit --date-format; ${fallbacks === 1 ? 'it was' : 'they were'} read the one way ${fallbacks === 1 ? 'it' : 'they'} can be, as jrnl does.`,
		);
	return {records, notes};
}

/** Whether a text's first line starts a jrnl entry with a date cope can read: enough to call it a jrnl journal. */
export function startsLikeJrnl(text: string): boolean {
	const first =
		text
			.replace(/^\uFEFF/, '')
			.trimStart()
			.split(/\r?\n/, 1)[0] ?? '';
	const bracket = BRACKET.exec(first);
	if (bracket) return readLooseDate(bracket[1] ?? '') !== undefined;
	const legacy = LEGACY.exec(first);
	return legacy !== null && readLooseDate(legacy[0]) !== undefined;
}
