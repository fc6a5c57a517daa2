import type {Entry} from '../domain/entry.js';
import type {Settings} from '../domain/settings.js';
import {inert, truncate} from '../domain/text.js';

/**
 * When cope offers help after an entry (docs/safety.md, "After a hard entry"): an urge at or above
 * `alerts.urge`, or a mood at or below `alerts.mood`. Pure, so the thresholds
 * and the one-minute rule are tested without a terminal or a clock.
 */
export interface AlertLevels {
	urge: number;
	mood: number;
}

/** Shown at most once in this long, however many hard entries are saved. */
export const ALERT_QUIET_MS = 60_000;

const DEFAULT_LEVELS: AlertLevels = {urge: 7, mood: 2};

export function alertLevels(settings: Settings): AlertLevels {
	const urge = settings['alerts.urge'];
	const mood = settings['alerts.mood'];
	return {urge: typeof urge === 'number' ? urge : DEFAULT_LEVELS.urge, mood: typeof mood === 'number' ? mood : DEFAULT_LEVELS.mood};
}

function level(entry: Entry, name: 'urge' | 'mood'): number | undefined {
	const metric = entry.metrics?.[name];
	if (typeof metric === 'number') return metric;
	const value = entry.values[name];
	return typeof value === 'number' ? value : undefined;
}

/**
 * Did the entry record an urge at or above, or a mood at or below, the levels? Its
 * metrics hold the latest rating (an urge re-rated after riding it out), so that is
 * the one judged.
 */
export function isHardEntry(entry: Entry, levels: AlertLevels): boolean {
	if (entry.deleted) return false;
	const urge = level(entry, 'urge');
	const mood = level(entry, 'mood');
	return (urge !== undefined && urge >= levels.urge) || (mood !== undefined && mood <= levels.mood);
}

/** Was the message shown less than a minute ago? A `lastAlert` in the future (the clock went back) does not count. */
export function alertedRecently(lastAlert: string | undefined, now: Date): boolean {
	if (lastAlert === undefined) return false;
	const since = now.getTime() - Date.parse(lastAlert);
	return Number.isFinite(since) && since >= 0 && since < ALERT_QUIET_MS;
}

/** A "right now" message is for what is happening now: an entry dated more than this long ago (back-dated) gets none. */
export const RIGHT_NOW_MS = 12 * 60 * 60 * 1000;

/** Is the entry dated within the last 12 hours (or a moment ahead, for a clock that differs a little)? */
export function isRecentEntry(entry: Pick<Entry, 'at'>, now: Date): boolean {
	const age = now.getTime() - Date.parse(entry.at);
	return Number.isFinite(age) && age <= RIGHT_NOW_MS && age >= -RIGHT_NOW_MS;
}

/**
 * Offer help now after this entry? Hard (judged on its latest ratings: for an urge
 * ridden out, where it ended), dated within the last 12 hours, and not within a minute
 * of the last time.
 */
export function shouldAlert(entry: Entry, levels: AlertLevels, lastAlert: string | undefined, now: Date): boolean {
	return isHardEntry(entry, levels) && isRecentEntry(entry, now) && !alertedRecently(lastAlert, now);
}

/**
 * The message, two lines (docs/safety.md, "After a hard entry"): acknowledgement and the
 * person's own first coping strategy, then where to turn. It never asks anything
 * and never labels the person or their risk.
 */
export function alertMessage(help: string, copingStrategy?: string, where: 'shell' | 'screen' = 'shell'): string[] {
	const plan = copingStrategy === undefined ? '' : ` Your plan says: "${truncate(inert(copingStrategy, {singleLine: true}), 120)}".`;
	const more = where === 'shell' ? 'Or run: cope sos' : 'ctrl+g shows more.';
	return [`That sounds really hard.${plan}`, `If you need someone now: ${help}. ${more}`];
}
