import type {FiguresByDay} from './day-figures.js';
import type {Day} from './days.js';
import type {DailyPoint} from './series.js';

/** Days needed on each side (with the tag, and without it) before a tag is compared. */
export const TAG_MIN_DAYS = 3;

export interface SideOfTag {
	/** Mean of the daily means on those days. */
	mean: number;
	/** Days with a reading. */
	days: number;
}

/** The metric on days with a tag vs days without it: co-occurrence, never cause. */
export interface TagPattern {
	tag: string;
	with: SideOfTag;
	without: SideOfTag;
	/** with.mean − without.mean. */
	difference: number;
}

export interface TagPatterns {
	/** Tags with enough days on both sides, the largest difference first. */
	patterns: TagPattern[];
	/** Tags seen in the period that did not have enough days to compare. */
	tooFewDays: string[];
}

/**
 * Compares days: a day "has" a tag when any entry that day (a journal too) carries
 * it; only days with a reading of the metric take part, each as its daily mean.
 */
export function tagPatterns(figures: FiguresByDay, daily: readonly DailyPoint[], minDays = TAG_MIN_DAYS): TagPatterns {
	const tagDays = new Map<string, Set<Day>>();
	for (const [day, figuresOfDay] of figures) {
		for (const tag of figuresOfDay.tags) {
			let days = tagDays.get(tag);
			if (days === undefined) tagDays.set(tag, (days = new Set()));
			days.add(day);
		}
	}
	const measured = daily.filter((point): point is DailyPoint & {mean: number} => point.mean !== null);
	const patterns: TagPattern[] = [];
	const tooFewDays: string[] = [];
	for (const [tag, days] of tagDays) {
		let withSum = 0;
		let withDays = 0;
		let withoutSum = 0;
		let withoutDays = 0;
		for (const point of measured) {
			if (days.has(point.day)) {
				withSum += point.mean;
				withDays += 1;
			} else {
				withoutSum += point.mean;
				withoutDays += 1;
			}
		}
		if (withDays < minDays || withoutDays < minDays) {
			tooFewDays.push(tag);
			continue;
		}
		const withMean = withSum / withDays;
		const withoutMean = withoutSum / withoutDays;
		patterns.push({
			tag,
			with: {mean: withMean, days: withDays},
			without: {mean: withoutMean, days: withoutDays},
			difference: withMean - withoutMean,
		});
	}
	patterns.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference) || (a.tag < b.tag ? -1 : 1));
	return {patterns, tooFewDays: tooFewDays.sort()};
}
