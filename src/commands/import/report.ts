import {format as formatDate} from 'date-fns';
import type {Context} from '../../context.js';
import {type Entry, localDay} from '../../domain/entry.js';
import type {DaylioImport} from '../../domain/import/daylio.js';
import {DEFAULT_MOODS_TEXT, moodMapName} from '../../domain/import/mood-map.js';
import type {ImportPlan} from '../../domain/import/plan.js';
import {summariseEntries, type ImportSummary} from '../../domain/import/summary.js';
import {FORMAT_NAMES, type ImportFormat, type ParsedImport} from '../../domain/import/types.js';
import {typeLabel} from '../../domain/summary.js';
import {inert} from '../../domain/text.js';
import {type CopeError, invalid} from '../../errors.js';
import {shortId} from '../common/read.js';

interface Report {
	name: string;
	format: ImportFormat;
	/** The format was found from the file's content (no --from). */
	detected: boolean;
	parsed: ParsedImport | DaylioImport;
	plan: ImportPlan;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function day(text: string): string {
	const [year, month, date] = text.split('-').map(Number);
	return formatDate(new Date(year ?? 2000, (month ?? 1) - 1, date ?? 1), 'd MMM yyyy');
}

/** "3 mood entries", or "12 entries (10 mood, 2 journal)". */
function describeCount(summary: ImportSummary): string {
	const types = Object.entries(summary.types);
	if (types.length === 1 && types[0]) return `${summary.count} ${typeLabel(types[0][0])} ${summary.count === 1 ? 'entry' : 'entries'}`;
	const parts = types.map(([type, count]) => `${count} ${typeLabel(type)}`);
	return `${plural(summary.count, 'entry', 'entries')}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

function range(summary: ImportSummary): string {
	if (summary.first === undefined || summary.last === undefined) return '';
	return summary.first === summary.last ? ` · ${day(summary.first)}` : ` · ${day(summary.first)} – ${day(summary.last)}`;
}

function moodLines(parsed: ParsedImport | DaylioImport): string[] {
	if (!('moods' in parsed) || parsed.moods.length === 0) return [];
	const moods = parsed.moods.map(
		(mood) => `${inert(mood.name, {singleLine: true})} → ${mood.level ?? '?'} (${plural(mood.rows, 'row', 'rows')})`,
	);
	return [`Moods: ${moods.join(', ')}`];
}

function tagLine(summary: ImportSummary, shown = 12): string[] {
	if (summary.tags.length === 0) return [];
	const tags = summary.tags.slice(0, shown).map(({tag, count}) => `#${inert(tag, {singleLine: true})} (${count})`);
	const more = summary.tags.length > shown ? `, and ${summary.tags.length - shown} more` : '';
	return [`Tags (${summary.tags.length}): ${tags.join(', ')}${more}`];
}

/** Entries dated after today are imported as the file has them, but said out loud (a phone's clock may have been wrong). */
function futureLine(entries: readonly Entry[], now: Date): string[] {
	const today = formatDate(now, 'yyyy-MM-dd');
	const later = entries.filter((entry) => localDay(entry.at) > today).length;
	return later === 0 ? [] : [`${plural(later, 'entry is', 'entries are')} dated after today, as in the file.`];
}

/** What was not imported, and why: nothing is skipped without a word. */
function skippedLines(plan: ImportPlan): string[] {
	const lines: string[] = [];
	if (plan.deletedHere > 0)
		lines.push(
			`${plural(plan.deletedHere, 'entry was', 'entries were')} deleted here before, so ${plan.deletedHere === 1 ? 'it is' : 'they are'} not brought back.`,
		);
	if (plan.conflicts.length > 0) {
		const ids = plan.conflicts.slice(0, 5).map((entry) => shortId(entry.id));
		lines.push(
			`${plural(plan.conflicts.length, 'entry has', 'entries have')} the id of an entry here but different content; the one here is kept (${ids.join(', ')}${plan.conflicts.length > 5 ? ', …' : ''}). See it with: cope show ${ids[0]}`,
		);
	}
	return lines;
}

function recordCount(report: Report): string {
	return report.format === 'daylio' ? plural(report.parsed.records, 'row', 'rows') : plural(report.parsed.records, 'entry', 'entries');
}

export function printImportPreview(context: Context, report: Report): void {
	const {parsed, plan} = report;
	const out = (line: string): boolean => context.stdout.write(`${line}\n`);
	// A Daylio file's own span covers every row, also those whose mood waits for a level.
	const all = {...summariseEntries(parsed.entries), ...('days' in parsed ? parsed.days : undefined)};
	const fresh = summariseEntries(plan.fresh);
	const waiting = 'moods' in parsed ? parsed.moods.filter((mood) => mood.level === undefined).reduce((sum, mood) => sum + mood.rows, 0) : 0;
	out('Dry run: nothing was written.');
	out(
		`${inert(report.name, {singleLine: true})} (${FORMAT_NAMES[report.format]}${report.detected ? ', found from its content' : ''}): ${recordCount(report)}${range(all)}.`,
	);
	if (waiting > 0)
		out(`Nothing can be imported until every mood name has a level: ${plural(waiting, 'row waits', 'rows wait')} for one (see below).`);
	if (plan.fresh.length > 0) out(`Would import ${describeCount(fresh)}${range(fresh)}${waiting > 0 ? ', with the rest once mapped' : ''}.`);
	else if (waiting === 0) out('Nothing new would be imported.');
	if (plan.already > 0) out(`Already here: ${plan.already}.`);
	for (const line of [...skippedLines(plan), ...moodLines(parsed), ...tagLine(fresh), ...futureLine(plan.fresh, context.now())]) out(line);
	for (const note of parsed.notes) out(inert(note));
}

export function printImportResult(context: Context, report: Report): void {
	const {parsed, plan} = report;
	const out = (line: string): boolean => context.stdout.write(`${line}\n`);
	const fresh = summariseEntries(plan.fresh);
	if (report.detected) out(`Read ${inert(report.name, {singleLine: true})} as ${FORMAT_NAMES[report.format]} (found from its content).`);
	if (plan.fresh.length === 0) {
		const total = parsed.entries.length;
		if (plan.already === total && total > 0)
			out(`Nothing new to import: ${total === 1 ? 'the entry is' : `all ${total} entries are`} already here.`);
		else if (total === 0) out(`Nothing to import: ${inert(report.name, {singleLine: true})} holds no entries.`);
		else out(`Nothing new to import.${plan.already > 0 ? ` ${plural(plan.already, 'entry was', 'entries were')} already here.` : ''}`);
	} else {
		out(`Imported ${describeCount(fresh)} from ${inert(report.name, {singleLine: true})}${range(fresh)}.`);
		if (plan.already > 0) out(`${plural(plan.already, 'entry was', 'entries were')} already here.`);
	}
	for (const line of [
		...skippedLines(plan),
		...(plan.fresh.length > 0 ? [...moodLines(parsed), ...tagLine(fresh), ...futureLine(plan.fresh, context.now())] : []),
	])
		out(line);
	for (const note of parsed.notes) out(inert(note));
	if (plan.fresh.length > 0 && fresh.first !== undefined) out(`See them with: cope list --since ${fresh.first} -n all`);
}

/** Unmapped Daylio mood names stop the import before anything is written (exit 2). */
export function unmappedError(name: string, file: string, parsed: DaylioImport): CopeError {
	const moods = parsed.moods.filter((mood) => mood.level === undefined);
	const listed = moods.map((mood) => `"${inert(mood.name, {singleLine: true})}" (${plural(mood.rows, 'row', 'rows')})`).join(', ');
	const example = moods.map((mood) => `${moodMapName(inert(mood.name, {singleLine: true}))}=N`).join(',');
	// In double quotes for the shell, unless the names hold what a shell reads there: then single.
	const option = /["$`\\!]/.test(example) ? `'${example.replaceAll("'", `'\\''`)}'` : `"${example}"`;
	const quoted = /^[\w./~-]+$/.test(file) ? file : JSON.stringify(file);
	return invalid(
		`${inert(name, {singleLine: true})}: ${moods.length === 1 ? 'this mood name has' : 'these mood names have'} no level, so nothing was imported: ${listed}.`,
		`Give each a level from 0 (lowest) to 10 (best) and run again, e.g.\n  cope import ${inert(quoted, {singleLine: true})} --from daylio --mood-map ${option}\nDaylio's defaults: ${DEFAULT_MOODS_TEXT}.`,
	);
}
