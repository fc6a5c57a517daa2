import {describe, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import {createJournalEntry, createMoodEntry} from '../../src/domain/mood-entry.js';
import {resolveSettings} from '../../src/domain/settings.js';
import {ALERT_QUIET_MS, alertedRecently, alertLevels, alertMessage, isHardEntry, shouldAlert} from '../../src/safety/alert.js';
import {testId} from '../helpers/entries.js';

const now = new Date('2026-11-25T21:40:00Z');
const defaults = alertLevels(resolveSettings({}).settings);
const mood = (level: number, urge?: number): Entry => createMoodEntry({mood: level, urge, at: now, now, id: testId()});

describe('alertLevels', () => {
	it('reads alerts.urge and alerts.mood, 7 and 2 by default', () => {
		expect(defaults).toEqual({urge: 7, mood: 2});
		expect(alertLevels(resolveSettings({alerts: {urge: 5, mood: 4}}).settings)).toEqual({urge: 5, mood: 4});
	});
});

describe('isHardEntry', () => {
	it.each([
		[6, false],
		[7, true],
		[8, true],
		[10, true],
	])('urge %i (alert at 7 or above) → %s', (urge, hard) => {
		expect(isHardEntry(mood(6, urge), defaults)).toBe(hard);
	});

	it.each([
		[3, false],
		[2, true],
		[1, true],
		[0, true],
	])('mood %i (alert at 2 or below) → %s', (level, hard) => {
		expect(isHardEntry(mood(level), defaults)).toBe(hard);
	});

	it('follows the person’s own levels, at, above and below', () => {
		const levels = {urge: 4, mood: 5};
		expect(isHardEntry(mood(6, 3), levels)).toBe(false);
		expect(isHardEntry(mood(6, 4), levels)).toBe(true);
		expect(isHardEntry(mood(5), levels)).toBe(true);
		expect(isHardEntry(mood(6), levels)).toBe(false);
	});

	it('a level of 0 for urges means any urge, 0 included; 10 for mood means every mood', () => {
		expect(isHardEntry(mood(9, 0), {urge: 0, mood: 0})).toBe(true);
		expect(isHardEntry(mood(10), {urge: 10, mood: 10})).toBe(true);
	});

	it('reads metrics first, then values (an exercise entry without metrics)', () => {
		const fromMetrics: Entry = {...mood(6), values: {}, metrics: {urge: 9}};
		expect(isHardEntry(fromMetrics, defaults)).toBe(true);
		const fromValues: Entry = {...mood(6), metrics: undefined, values: {urge: 8}};
		expect(isHardEntry(fromValues, defaults)).toBe(true);
		const urgeSurfing: Entry = {...mood(6), type: 'urge-surfing', values: {urge: 8, 'urge-after': 3}, metrics: {urge: 8}};
		expect(isHardEntry(urgeSurfing, defaults)).toBe(true);
	});

	it('entries without a mood or urge, and deleted ones, never alert', () => {
		expect(isHardEntry(createJournalEntry({text: 'a hard day', at: now, now, id: testId()}), defaults)).toBe(false);
		expect(isHardEntry({...mood(0, 10), deleted: true}, defaults)).toBe(false);
		expect(isHardEntry({...mood(6), values: {urge: '9'}, metrics: undefined}, defaults)).toBe(false);
	});
});

describe('the one-minute rule', () => {
	const ago = (ms: number): string => new Date(now.getTime() - ms).toISOString();

	it('is quiet for a minute after the last message, then speaks again', () => {
		expect(alertedRecently(undefined, now)).toBe(false);
		expect(alertedRecently(ago(0), now)).toBe(true);
		expect(alertedRecently(ago(ALERT_QUIET_MS - 1000), now)).toBe(true);
		expect(alertedRecently(ago(ALERT_QUIET_MS), now)).toBe(false);
		expect(alertedRecently(ago(5 * 60_000), now)).toBe(false);
	});

	it('a time in the future (the clock went back) or garbage does not silence it', () => {
		expect(alertedRecently(ago(-30_000), now)).toBe(false);
		expect(alertedRecently('not a time', now)).toBe(false);
	});

	it('shouldAlert needs a hard entry and no message in the last minute', () => {
		expect(shouldAlert(mood(2), defaults, undefined, now)).toBe(true);
		expect(shouldAlert(mood(2), defaults, ago(10_000), now)).toBe(false);
		expect(shouldAlert(mood(2), defaults, ago(61_000), now)).toBe(true);
		expect(shouldAlert(mood(5), defaults, undefined, now)).toBe(false);
	});
});

describe('alertMessage', () => {
	it('is two calm lines: the plan’s first coping strategy, then where help is', () => {
		expect(alertMessage('Samaritans 116 123 (free, 24/7)', 'go for a walk with headphones on')).toEqual([
			'That sounds really hard. Your plan says: "go for a walk with headphones on".',
			'If you need someone now: Samaritans 116 123 (free, 24/7). Or run: cope sos',
		]);
	});

	it('without a plan, leaves the plan out (no nudging)', () => {
		expect(alertMessage('Samaritans 116 123 (free, 24/7)')).toEqual([
			'That sounds really hard.',
			'If you need someone now: Samaritans 116 123 (free, 24/7). Or run: cope sos',
		]);
	});

	it('shows the strategy inert, on one line, and not too long', () => {
		const [line] = alertMessage('x', `walk\u001B[31m\nnow ${'a'.repeat(300)}`);
		expect(line).toContain('walk^[[31m ⏎ now');
		expect(line).not.toContain('\u001B');
		expect(line?.length).toBeLessThan(180);
	});

	it('uses no risk labels and nothing judgemental', () => {
		const text = alertMessage('x', 'y').join(' ').toLowerCase();
		for (const word of ['risk', 'danger', 'warning', 'streak', 'should', 'must']) expect(text).not.toContain(word);
	});
});
