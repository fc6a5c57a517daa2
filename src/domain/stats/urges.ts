import type {Day} from './days.js';
import {daysBetween} from './days.js';
import type {DayReadings, MetricSummary} from './series.js';
import {summarize} from './series.js';

export interface UrgeSummary extends MetricSummary {
	/** The `alerts.urge` setting: the level cope offers help at. */
	alertLevel: number;
	/** Days on which any urge reading was at or above the alert level. */
	daysAtOrAbove: number;
	/** The last such day in the period, or null. */
	lastAtOrAbove: Day | null;
	/** Days from that day to the period's last day (0 = that same day), or null. */
	daysSinceLast: number | null;
}

/**
 * Urges over the period. A day counts as "at or above" when any single reading that
 * day was, not its mean: one hard moment matters even on an otherwise calm day.
 */
export function urgeSummary(byDay: ReadonlyMap<Day, DayReadings>, alertLevel: number, periodEnd: Day): UrgeSummary {
	let daysAtOrAbove = 0;
	let lastAtOrAbove: Day | null = null;
	for (const [day, readings] of byDay) {
		if (readings.max < alertLevel) continue;
		daysAtOrAbove += 1;
		if (lastAtOrAbove === null || day > lastAtOrAbove) lastAtOrAbove = day;
	}
	return {
		...summarize(byDay),
		alertLevel,
		daysAtOrAbove,
		lastAtOrAbove,
		daysSinceLast: lastAtOrAbove === null ? null : daysBetween(lastAtOrAbove, periodEnd),
	};
}
