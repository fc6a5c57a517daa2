import {describe, expect, it} from 'vitest';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {buildSession, type SessionRequest} from '../../src/domain/session/data.js';
import {sessionBlocks} from '../../src/domain/session/document.js';
import {renderHtml} from '../../src/domain/session/html.js';
import {mdText, renderMarkdown} from '../../src/domain/session/markdown.js';
import {parseScope} from '../../src/domain/session/scope.js';
import {createEntry, createJournalEntry} from '../../src/domain/mood-entry.js';
import {testId} from '../helpers/entries.js';
import {activityExercise, ENERGY, FIRST_DAY, fortnightEntries, LAST_DAY, MOODS} from '../helpers/fortnight.js';

const activity = activityExercise();

function request(overrides: Partial<SessionRequest> = {}): SessionRequest {
	return {
		entries: fortnightEntries(activity),
		from: FIRST_DAY,
		to: LAST_DAY,
		scope: parseScope(undefined, undefined),
		urgeAlert: 7,
		exercises: new Map<string, Exercise>([[activity.id, activity]]),
		prepared: new Date(2026, 10, 29, 18, 0),
		...overrides,
	};
}

const logged = MOODS.filter((mood): mood is number => mood !== null);

describe('buildSession: the figures of a fortnight', () => {
	it('states the mood the days had, with its n, and the days with entries', () => {
		const data = buildSession(request());
		expect(data.mood.summary.n).toBe(logged.length);
		expect(data.mood.summary.mean).toBeCloseTo(logged.reduce((a, b) => a + b, 0) / logged.length);
		expect(data.mood.daily.filter((day) => day.mean !== null)).toHaveLength(logged.length);
		expect(data.mood.trend.direction).toBe('rising');
		// The journal day (18 Nov) has nothing shared: 12 of 14 days.
		expect(data.activity.daysWithEntry).toBe(12);
		expect(data.tags.patterns.map((p) => p.tag)).toContain('walk');
	});

	it('leaves journals and notes out unless asked, and says so', () => {
		const data = buildSession(request());
		expect(data.coverage.leftOut.map((item) => [item.what, item.count])).toEqual([
			['journal', 1],
			['notes', 1],
		]);
		const md = renderMarkdown(sessionBlocks(data));
		expect(md).not.toContain('My private journal words');
		expect(md).not.toContain('a private note');
		expect(md).toContain('Left out, as the person chose: journal entries, notes written with moods.');
		const all = renderMarkdown(sessionBlocks(buildSession(request({scope: parseScope(['journal,notes'], undefined)}))));
		expect(all).toContain('a private note about a hard evening');
		expect(all).not.toContain('Left out');
	});

	it('leaves out a type on request', () => {
		const data = buildSession(request({scope: parseScope(undefined, ['urge-surfing'])}));
		expect(data.urgeRides).toEqual([]);
		expect(renderMarkdown(sessionBlocks(data))).toContain(
			'Left out, as the person chose: journal entries, notes written with moods, urge surfing.',
		);
	});

	it('tells each thought record: situation, feelings before → after, hot → balanced thought, belief when recorded', () => {
		const md = renderMarkdown(sessionBlocks(buildSession(request())));
		expect(md).toContain('## Thought records (2)');
		expect(md).toContain('**Feelings:** anxious 80 → 40, ashamed 60 → 30');
		expect(md).toContain('**Hot thought:** Everyone thinks I am useless');
		expect(md).toContain('**Belief in it:** 90 → 40');
		expect(md).toContain('**Balanced thought:** One quiet room is not a verdict on me');
		expect(md).toContain('Common thinking traps: mind reading (2), labelling (1).');
		expect(md.match(/Belief in it/g)).toHaveLength(1);
	});

	it('tells the urges ridden out and the exercise runs in the exercise’s own words', () => {
		const md = renderMarkdown(sessionBlocks(buildSession(request())));
		expect(md).toContain('- Mon 16 Nov, 22:15 · urge 8 → 4 · 5 min with the timer');
		expect(md).toContain('## Activity and energy (4 times)');
		const mean = ENERGY.reduce((a, b) => a + b, 0) / ENERGY.length;
		expect(md).toContain(`Energy: average ${mean.toFixed(1)}/10 (n=4) · range 2–7.`);
		expect(md).toContain('**Kind:** Pleasure, something enjoyable');
		expect(md).toContain('**Energy:** 5/10, some');
		expect(md).toContain('**When and where will you do walk 1, call Sam?** after lunch, the park');
		expect(md).toContain('2 min');
		expect(md).not.toMatch(/ba-energy|\{activities\}|pleasure\n/);
	});

	it('shows a mood word an import kept (Daylio’s "Anxious") beside the day’s mood', () => {
		const entries = fortnightEntries(activity);
		const first = entries.find((entry) => entry.type === 'mood');
		if (first !== undefined) first.values['moodLabel'] = 'Anxious';
		const md = renderMarkdown(sessionBlocks(buildSession(request({entries}))));
		expect(md).toContain('| Mon 16 Nov | 3.0, Anxious |');
	});

	it('shows sections others add (homework, goals) in their place', () => {
		const md = renderMarkdown(
			sessionBlocks(
				buildSession(
					request({
						sections: [{id: 'homework', title: 'Homework', paragraphs: ['Set: activity-log, 3 times a week.'], items: ['done 4 of 6']}],
					}),
				),
			),
		);
		expect(md).toContain('## Homework\n\nSet: activity-log, 3 times a week.\n\n- done 4 of 6');
	});
});

describe('the words are the person’s, and stay words', () => {
	const sly = 'line <script>alert(1)</script> \u001B[2J # not a *heading*';
	const entries = [
		createEntry({
			id: testId(),
			type: 'thought-record',
			exercise: 'thought-record',
			at: new Date('2026-11-20T10:00:00Z'),
			now: new Date(),
			values: {situation: sly, 'hot-thought': '# heading?\n- list?'},
		}),
		createJournalEntry({id: testId(), text: sly, at: new Date('2026-11-20T11:00:00Z'), now: new Date()}),
	];

	it('Markdown escapes markup and makes control characters visible', () => {
		const md = renderMarkdown(sessionBlocks(buildSession(request({entries}))));
		expect(md).toContain('line \\<script\\>alert(1)\\</script\\> ^\\[\\[2J # not a \\*heading\\*');
		expect(md).toContain('\\# heading?');
		expect(md).toContain('\\- list?');
		expect(md).not.toContain('\u001B');
		expect(mdText('3.0')).toBe('3.0');
		expect(mdText('1. first')).toBe('1\\. first');
	});

	it('HTML escapes everything, has no script and fetches nothing', () => {
		const html = renderHtml(
			sessionBlocks(buildSession(request({entries, scope: parseScope(['journal'], undefined)}))),
			'Between <sessions>',
		);
		expect(html).toContain('line &#60;script&#62;alert(1)&#60;/script&#62; ^[[2J');
		expect(html).not.toMatch(/<script|\bsrc=|\bhref=|url\(|@import/i);
		expect(html).toContain("default-src 'none'");
		expect(html).toContain('<title>Between &#60;sessions&#62;</title>');
	});

	it('the HTML charts have one point per day with a reading', () => {
		const html = renderHtml(sessionBlocks(buildSession(request())), 't');
		const charts = html.split('<svg').slice(1);
		expect(charts).toHaveLength(3);
		expect(charts[0]?.match(/class="point"/g)).toHaveLength(logged.length);
		expect(charts[2]?.match(/class="point"/g)).toHaveLength(ENERGY.length);
	});
});
