import {startOfDay, subDays, subMonths, subWeeks, subYears} from 'date-fns';
import {invalid} from '../errors.js';
import {parseWhen} from './when.js';

const SPAN = /^(\d+)\s*(d|w|m|y)$/i;

/** "30d", "4w", "3m", "1y": the start of the local day that many days/weeks/months/years back (today counts as one day). */
export function parseSpan(text: string, now: Date): Date | undefined {
	const match = SPAN.exec(text.trim());
	if (!match) return undefined;
	const amount = Number.parseInt(match[1] ?? '0', 10);
	if (amount < 1 || amount > 100 * 366) return undefined;
	const today = startOfDay(now);
	switch ((match[2] ?? 'd').toLowerCase()) {
		case 'd':
			return subDays(today, amount - 1);
		case 'w':
			return subDays(subWeeks(today, amount), -1);
		case 'm':
			return subDays(subMonths(today, amount), -1);
		default:
			return subDays(subYears(today, amount), -1);
	}
}

export const SPAN_HINT = 'Use a span such as 7d, 4w, 3m or 1y, or a date such as 2026-11-01 or "last monday".';

/** --since: a span ("30d") or any date `parseWhen` understands (start of that day). */
export async function parseSince(text: string, now: Date, option = '--since'): Promise<Date> {
	const span = parseSpan(text, now);
	if (span) return span;
	if (/^\d+$/.test(text.trim())) throw invalid(`${option} "${text}" needs a unit. ${SPAN_HINT}`);
	if (/^-\s*\d+\s*[dwmy]$/i.test(text.trim()))
		throw invalid(`${option} "${text}" needs no minus: ${text.trim().replace(/^-\s*/, '')} already counts back from today.`);
	let date: Date;
	try {
		date = await parseWhen(text, now, option);
	} catch (error) {
		const message = (error as Error).message;
		// A day that is not in the calendar, or one to come: said as it is.
		if (message.includes('not a date in the calendar')) throw error;
		if (message.includes('in the future'))
			throw invalid(
				option === '--to'
					? `${option} "${text}" is in the future; the latest day it can be is today (or leave --to out).`
					: `${option} "${text}" is in the future: nothing has been recorded from then yet. ${SPAN_HINT}`,
			);
		throw invalid(`${option} "${text}" is not a span or a date cope understands. ${SPAN_HINT}`);
	}
	return startOfDay(date);
}
