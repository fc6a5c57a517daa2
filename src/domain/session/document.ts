/**
 * A session summary as a sequence of blocks (headings, paragraphs, fields, tables,
 * charts) in plain text. The Markdown and HTML renderers draw the same blocks, so
 * both say exactly the same things, in the report's words ("on days with #gym").
 */
import {format} from 'date-fns';
import {trendWords} from '../report/metric-section.js';
import {level, mean, plural, shortDay, trapLabel} from '../report/words.js';
import {TAG_MIN_DAYS} from '../stats/tags.js';
import {wallClock} from '../time.js';
import {type DayRow, type MetricFigures, meanOnScale, type SessionData} from './data.js';

export interface ChartBlock {
	kind: 'chart';
	/** What it shows, e.g. "Mood, daily average". */
	title: string;
	days: string[];
	/** One value per day; null is a day without a reading (a gap). */
	values: Array<number | null>;
	min: number;
	max: number;
	/** Words for some values of the scale ("0": "empty"). */
	labels?: Record<string, string>;
}

export type Block =
	| {kind: 'heading'; level: 1 | 2 | 3; text: string}
	| {kind: 'paragraph'; text: string; quiet?: boolean}
	| {kind: 'fields'; items: Array<{name: string; value: string | string[]}>}
	| {kind: 'list'; items: string[]}
	| {kind: 'table'; head: string[]; rows: string[][]}
	| ChartBlock;

/** "Tue 18 Nov, 21:40" — the wall-clock time it was written. */
export function when(at: string): string {
	return format(wallClock(at), 'EEE d MMM, HH:mm');
}

function dayName(day: string): string {
	return format(new Date(`${day}T12:00:00`), 'EEE d MMM');
}

export function periodWords(data: SessionData): string {
	const withYear = data.from.slice(0, 4) !== data.to.slice(0, 4);
	return data.from === data.to ? shortDay(data.from, true) : `${shortDay(data.from, withYear)} – ${shortDay(data.to, true)}`;
}

function scopeBlocks(data: SessionData): Block[] {
	const {included, leftOut} = data.coverage;
	const blocks: Block[] = [];
	const inWords = included.map((item) => `${item.label} (${item.count})`);
	blocks.push({kind: 'paragraph', text: inWords.length === 0 ? 'Nothing was recorded in these days.' : `In it: ${inWords.join(', ')}.`});
	// Named whether or not there were any: the reader learns what was kept private, never how much.
	const out: string[] = [];
	if (!data.scope.journal) out.push('journal entries');
	if (!data.scope.notes) out.push('notes written with moods');
	for (const item of leftOut) if (item.what !== 'journal' && item.what !== 'notes') out.push(item.label);
	if (out.length > 0) blocks.push({kind: 'paragraph', text: `Left out, as the person chose: ${out.join(', ')}.`, quiet: true});
	return blocks;
}

function chart(
	title: string,
	daily: ReadonlyArray<{day: string; mean: number | null}>,
	min: number,
	max: number,
	labels?: Record<string, string>,
): ChartBlock {
	const block: ChartBlock = {
		kind: 'chart',
		title,
		days: daily.map((point) => point.day),
		values: daily.map((point) => point.mean),
		min,
		max,
	};
	if (labels !== undefined) block.labels = labels;
	return block;
}

function moodBlocks(data: SessionData): Block[] {
	const {summary, trend, daily} = data.mood;
	if (summary.n === 0 || summary.mean === null) return [];
	const parts = [`average ${mean(summary.mean)} (n=${summary.n})`];
	if (summary.min !== null && summary.max !== null) parts.push(`range ${level(summary.min)}–${level(summary.max)}`);
	parts.push(trendWords(trend));
	const blocks: Block[] = [
		{kind: 'heading', level: 2, text: 'Mood'},
		{kind: 'paragraph', text: `Mood from 0 (lowest) to 10 (best): ${parts.join(' · ')}.`},
	];
	if (summary.days < 7)
		blocks.push({kind: 'paragraph', text: `Only ${plural(summary.days, 'day')} with readings — patterns need more.`, quiet: true});
	blocks.push(chart('Mood, daily average (0–10)', daily, 0, 10));
	return blocks;
}

function urgeBlocks(data: SessionData): Block[] {
	const {urges} = data;
	if (urges.n === 0 || urges.mean === null) return [];
	const parts = [`average ${mean(urges.mean)} (n=${urges.n})`];
	parts.push(
		urges.daysAtOrAbove === 0
			? `no days at ${urges.alertLevel} or above`
			: `${plural(urges.daysAtOrAbove, 'day')} at ${urges.alertLevel} or above`,
	);
	if (urges.lastAtOrAbove !== null) parts.push(`the last on ${shortDay(urges.lastAtOrAbove)}`);
	return [
		{kind: 'heading', level: 2, text: 'Urges'},
		{kind: 'paragraph', text: `Urge to self-harm from 0 (none) to 10: ${parts.join(' · ')}.`},
		chart('Urge, daily average (0–10)', urges.daily, 0, 10),
	];
}

function dayTable(data: SessionData): Block[] {
	const rows = data.dayRows.map((row: DayRow) => {
		const moodCell =
			row.mood === null
				? '—'
				: `${mean(row.mood)}${row.moodReadings > 1 ? ` (${row.moodReadings} readings)` : ''}${row.moodWords.length > 0 ? `, ${row.moodWords.join(', ')}` : ''}`;
		const cells = [dayName(row.day), moodCell, row.urge === null ? '—' : mean(row.urge), row.entries === 0 ? '—' : String(row.entries)];
		return cells;
	});
	const blocks: Block[] = [
		{kind: 'heading', level: 2, text: 'Day by day'},
		{kind: 'paragraph', text: `Days with an entry: ${data.activity.daysWithEntry} of ${data.days}.`},
		{kind: 'table', head: ['Day', 'Mood', 'Urge', 'Entries'], rows},
	];
	const notes = data.dayRows.filter((row) => row.notes.length > 0);
	if (notes.length > 0) {
		blocks.push({kind: 'heading', level: 3, text: 'Notes written with moods'});
		blocks.push({kind: 'fields', items: notes.map((row) => ({name: dayName(row.day), value: row.notes}))});
	}
	return blocks;
}

/** The report's tag lines, in its words. */
function tagBlocks(data: SessionData): Block[] {
	const {patterns, tooFewDays} = data.tags;
	if (patterns.length === 0) {
		if (tooFewDays.length === 0) return [];
		return [
			{kind: 'heading', level: 2, text: 'Tags'},
			{
				kind: 'paragraph',
				text: `Not enough days yet to compare mood with and without a tag (each tag needs ${TAG_MIN_DAYS} days with it and ${TAG_MIN_DAYS} without).`,
				quiet: true,
			},
		];
	}
	return [
		{kind: 'heading', level: 2, text: 'Tags'},
		{kind: 'paragraph', text: 'Days with a tag vs days without (what goes together, not what causes what):', quiet: true},
		{
			kind: 'list',
			items: patterns.map(
				(p) =>
					`On days with #${p.tag}: mood ${mean(p.with.mean)} vs ${mean(p.without.mean)} without (n=${p.with.days} vs ${p.without.days} days)`,
			),
		},
	];
}

function change(before: number | null, after: number | null): string {
	if (before !== null && after !== null) return `${before} → ${after}`;
	return before !== null ? String(before) : after !== null ? `→ ${after}` : '';
}

function thoughtRecordBlocks(data: SessionData): Block[] {
	const {records, traps, intensity} = data.thoughtRecords;
	if (records.length === 0) return [];
	const blocks: Block[] = [{kind: 'heading', level: 2, text: `Thought records (${records.length})`}];
	const parts: string[] = [];
	if (traps.length > 0)
		parts.push(
			`Common thinking traps: ${traps
				.slice(0, 3)
				.map((t) => `${trapLabel(t.trap)} (${t.count})`)
				.join(', ')}.`,
		);
	if (intensity.n > 0 && intensity.before !== null && intensity.after !== null)
		parts.push(
			`Feelings before → after re-rating: ${Math.round(intensity.before)} → ${Math.round(intensity.after)} on average (n=${intensity.n}).`,
		);
	if (parts.length > 0) blocks.push({kind: 'paragraph', text: parts.join(' ')});
	for (const record of records) {
		blocks.push({kind: 'heading', level: 3, text: when(record.at)});
		const items: Array<{name: string; value: string | string[]}> = [];
		if (record.situation !== undefined) items.push({name: 'Situation', value: record.situation});
		if (record.feelings.length > 0)
			items.push({name: 'Feelings', value: record.feelings.map((f) => `${f.name} ${change(f.before, f.after)}`.trim()).join(', ')});
		if (record.hotThought !== undefined) items.push({name: 'Hot thought', value: record.hotThought});
		if (record.belief !== undefined) items.push({name: 'Belief in it', value: change(record.belief.before, record.belief.after)});
		if (record.traps.length > 0) items.push({name: 'Thinking traps', value: record.traps.map(trapLabel).join(', ')});
		if (record.balanced !== undefined) items.push({name: 'Balanced thought', value: record.balanced});
		blocks.push({kind: 'fields', items});
	}
	return blocks;
}

function minutes(seconds: number): string {
	const whole = Math.round(seconds / 60);
	return seconds < 60 ? `${Math.round(seconds)} s` : `${whole} min`;
}

function urgeRideBlocks(data: SessionData): Block[] {
	const rides = data.urgeRides;
	if (rides.length === 0) return [];
	const items = rides.map((ride) => {
		const parts = [when(ride.at)];
		const urge = change(ride.start, ride.end);
		if (urge !== '') parts.push(`urge ${urge}`);
		if (ride.seconds !== null) parts.push(`${minutes(ride.seconds)} with the timer`);
		return parts.join(' · ');
	});
	return [
		{kind: 'heading', level: 2, text: `Urges ridden out (${rides.length})`},
		{kind: 'list', items},
	];
}

function metricLine(figures: MetricFigures): string | undefined {
	const {summary, scale} = figures;
	if (summary.mean === null || summary.min === null || summary.max === null) return undefined;
	return `${figures.name}: average ${meanOnScale(summary.mean, scale)} (n=${summary.n}) · range ${level(summary.min)}–${level(summary.max)}`;
}

function exerciseBlocks(data: SessionData): Block[] {
	const blocks: Block[] = [];
	for (const exercise of data.exercises) {
		blocks.push({kind: 'heading', level: 2, text: `${exercise.title} (${plural(exercise.runs.length, 'time')})`});
		for (const figures of exercise.metrics) {
			const line = metricLine(figures);
			if (line !== undefined) blocks.push({kind: 'paragraph', text: `${line}.`});
			if (figures.summary.days >= 2) {
				const min = figures.scale?.min ?? Math.min(...figures.daily.flatMap((p) => (p.mean === null ? [] : [p.mean])));
				const max = figures.scale?.max ?? Math.max(...figures.daily.flatMap((p) => (p.mean === null ? [] : [p.mean])));
				blocks.push(
					chart(`${figures.name}, daily average (${min}–${max})`, figures.daily, min, max > min ? max : min + 1, figures.scale?.labels),
				);
			}
		}
		for (const run of exercise.runs) {
			blocks.push({kind: 'heading', level: 3, text: when(run.at)});
			blocks.push({kind: 'fields', items: run.answers.map((answer) => ({name: answer.name, value: answer.words}))});
		}
	}
	return blocks;
}

function journalBlocks(data: SessionData): Block[] {
	if (data.journals.length === 0) return [];
	return [
		{kind: 'heading', level: 2, text: `Journal (${plural(data.journals.length, 'entry', 'entries')})`},
		...data.journals.flatMap((journal): Block[] => [
			{kind: 'heading', level: 3, text: when(journal.at)},
			{kind: 'paragraph', text: journal.text},
		]),
	];
}

function extraBlocks(data: SessionData): Block[] {
	return data.sections.flatMap((section) => [
		{kind: 'heading', level: 2, text: section.title} as Block,
		...section.paragraphs.map((text): Block => ({kind: 'paragraph', text})),
		...(section.items !== undefined && section.items.length > 0 ? [{kind: 'list', items: section.items} as Block] : []),
	]);
}

/** The whole summary, in order: what is in it, mood, urges, days, tags, thought records, urges ridden out, exercises, added sections. */
export function sessionBlocks(data: SessionData): Block[] {
	const head: Block[] = [
		{kind: 'heading', level: 1, text: `Between sessions: ${periodWords(data)}`},
		{
			kind: 'paragraph',
			text: `${plural(data.days, 'day')} · ${plural(data.activity.entries, 'entry', 'entries')} on ${data.activity.daysWithEntry} of ${plural(data.days, 'day')} · prepared with cope on ${format(data.prepared, 'd MMMM yyyy')}.`,
			quiet: true,
		},
		...scopeBlocks(data),
	];
	return [
		...head,
		...moodBlocks(data),
		...urgeBlocks(data),
		...tagBlocks(data),
		...thoughtRecordBlocks(data),
		...urgeRideBlocks(data),
		...exerciseBlocks(data),
		...journalBlocks(data),
		...extraBlocks(data),
		...dayTable(data),
	];
}
