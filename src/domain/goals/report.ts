import {padCells, truncate, inert, cellsOf} from '../text.js';
import type {GoalsPeriod, PeriodItem} from './period.js';
import {weekJson} from './json.js';
import {FROM_PLAN, shortDate} from './words.js';

/**
 * The goals and homework section of `cope report` (docs/report.md): the period's weeks
 * as marks and done vs set per item. Added after the rest of the report; nothing else
 * in the report depends on it.
 */

function itemName(item: PeriodItem): string {
	const words = inert(item.words, {singleLine: true});
	return item.kind === 'homework' ? `${words} (${FROM_PLAN})` : words;
}

/** "7 of 9", or for a goal counted each day "on 7 of 9 days". */
export function doneOfSet(item: PeriodItem): string {
	if (item.target.per === 'day') return `on ${item.done} of ${item.set} ${item.set === 1 ? 'day' : 'days'}`;
	return `${item.done} of ${item.set}`;
}

/** The section's lines (none when there are no goals in the period). */
export function renderGoalsSection(period: GoalsPeriod, width: number): string[] {
	if (period.items.length === 0) return [];
	const lines = [`Goals  the weeks from ${shortDate(period.from)} · ● reached ◐ part of the way – paused`];
	const marksWidth = period.weeks.length + 2;
	const rows = period.items.map((item) => ({name: itemName(item), tail: `[${item.marks}]  ${doneOfSet(item)}`}));
	const nameWidth = Math.max(12, Math.min(Math.max(...rows.map((row) => cellsOf(row.name))), width - 2 - 2 - marksWidth - 14));
	for (const row of rows) lines.push(`  ${padCells(truncate(row.name, nameWidth), nameWidth)}  ${row.tail}`);
	return lines;
}

/** The section in `cope report --json` (fields: docs/report.md). */
export function goalsSectionJson(period: GoalsPeriod): Record<string, unknown> {
	return {
		from: period.from,
		to: period.to,
		weeks: period.weeks,
		items: period.items.map((item) => ({
			id: item.id,
			kind: item.kind,
			words: item.words,
			...(item.why === undefined ? {} : {why: item.why}),
			label: item.label,
			measure: item.measure,
			target: item.target,
			counts: item.counts,
			aim: item.aim,
			done: item.done,
			set: item.set,
			weeksReached: item.weeksReached,
			weeksActive: item.weeksActive,
			weeks: item.weeks.map(weekJson),
		})),
	};
}

/** What the item counts and how often, then done vs set: "days with #walk · 3 a week: 5 of 6 over 2 weeks". */
function periodLine(item: PeriodItem): string {
	const weeks = item.weeksActive === 1 ? '1 week' : `${item.weeksActive} weeks`;
	return `${inert(item.words, {singleLine: true})} — ${item.counts}, ${item.aim}: ${doneOfSet(item)} over ${weeks}`;
}

/**
 * Goals and homework for `cope summary`: homework from the therapy plan first (done vs
 * set), then the person's own goals with why they matter. Stated as what happened, never
 * as what was not done (CONTRIBUTING.md).
 */
export function goalsSummarySections(period: GoalsPeriod): Array<{id: string; title: string; paragraphs: string[]; items?: string[]}> {
	const homework = period.items.filter((item) => item.kind === 'homework');
	const goals = period.items.filter((item) => item.kind === 'goal');
	const sections: Array<{id: string; title: string; paragraphs: string[]; items?: string[]}> = [];
	const since = `The weeks from ${shortDate(period.from)}.`;
	if (homework.length > 0)
		sections.push({
			id: 'homework',
			title: 'Homework from the therapy plan',
			paragraphs: [`${since} Done vs set:`],
			items: homework.map(periodLine),
		});
	if (goals.length > 0) {
		const items = goals.map((item) =>
			item.why === undefined ? periodLine(item) : `${periodLine(item)} (why it matters: ${inert(item.why, {singleLine: true})})`,
		);
		sections.push({id: 'goals', title: 'Goals', paragraphs: [since], items});
	}
	return sections;
}
