import {isValid, subDays, subHours, subMinutes, subWeeks} from 'date-fns';
import {invalid} from '../errors.js';

const EXAMPLES = 'Try "yesterday 21:00", "2h ago", "last friday 9pm" or "2026-11-20 08:30".';

const RELATIVE = /^(\d+)\s*(m|min|mins|minutes?|h|hrs?|hours?|d|days?|w|weeks?)\s+ago$/i;
const ABSOLUTE_FORMATS = ['yyyy-MM-dd HH:mm', "yyyy-MM-dd'T'HH:mm", 'yyyy-MM-dd HH:mm:ss', "yyyy-MM-dd'T'HH:mm:ss", 'yyyy-MM-dd'];

/**
 * The common forms, without loading the natural-language parser. A written date loads
 * date-fns' parser (more code than the rest of `cope log`), and only then.
 */
async function parseSimple(text: string, now: Date, option: string): Promise<Date | undefined> {
	const lower = text.toLowerCase();
	if (lower === 'now') return now;
	const relative = RELATIVE.exec(lower);
	if (relative) {
		const amount = Number.parseInt(relative[1] ?? '0', 10);
		const unit = (relative[2] ?? 'm')[0];
		if (unit === 'm') return subMinutes(now, amount);
		if (unit === 'h') return subHours(now, amount);
		if (unit === 'd') return subDays(now, amount);
		return subWeeks(now, amount);
	}
	const day = /^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/.exec(text);
	if (day) {
		// Neither the parsers below nor JavaScript's Date may roll 30 February into March, or read month 13 as a day.
		const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
		const real = new Date(Date.UTC(year, month - 1, date));
		if (month < 1 || month > 12 || real.getUTCMonth() !== month - 1 || real.getUTCDate() !== date)
			throw invalid(`${option} "${text}": ${day[0]} is not a date in the calendar. ${EXAMPLES}`);
	}
	if (/^\d{4}-\d{2}-\d{2}/.test(text)) {
		const {parse} = await import('date-fns/parse');
		for (const format of ABSOLUTE_FORMATS) {
			const date = parse(text, format, now);
			if (!isValid(date)) continue;
			// Noon of that day; setHours keeps the year as it is (new Date(1, …) would mean 1901).
			if (format === 'yyyy-MM-dd') date.setHours(12, 0, 0, 0);
			return date;
		}
		// Full ISO with an offset, e.g. from another tool.
		const iso = new Date(text);
		if (/[T ]\d{2}:\d{2}/.test(text) && isValid(iso)) return iso;
	}
	return undefined;
}

/**
 * Reads a time the way a person says it: "yesterday 21:00", "2h ago",
 * "2026-11-20 08:30". Anything past the simple forms goes to chrono-node (loaded
 * only then). Times in the future are refused: an entry records what happened.
 */
export async function parseWhen(text: string, now: Date, option = '--at'): Promise<Date> {
	const trimmed = text.trim();
	if (trimmed === '') throw invalid(`${option} needs a time. ${EXAMPLES}`);
	let date = await parseSimple(trimmed, now, option);
	if (date === undefined) {
		const chrono = await import('chrono-node');
		const [found] = chrono.parse(trimmed, now, {forwardDate: false});
		// chrono reads what it can and skips the rest ("yesterday 25:00" would be yesterday, now): all of it must be a time.
		if (found !== undefined && found.text.trim().length < trimmed.length) {
			const rest = trimmed.replace(found.text, ' ').trim();
			throw invalid(
				`${option} "${text}" is not a time cope understands: "${rest}" is not a time of day or a date it can read. ${EXAMPLES}`,
			);
		}
		date = found?.date();
	}
	if (date === undefined || !isValid(date)) throw invalid(`${option} "${text}" is not a time cope understands. ${EXAMPLES}`);
	if (date.getTime() > now.getTime() + 60_000)
		throw invalid(`${option} "${text}" is in the future; an entry records something that has happened. ${EXAMPLES}`);
	if (date.getFullYear() < 1900) throw invalid(`${option} "${text}" is too long ago to be a real entry. ${EXAMPLES}`);
	return date;
}
