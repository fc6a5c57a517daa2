import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {planEntry, writeEntries} from '../helpers/entries.js';
import {installAndWriteFortnight} from '../helpers/fortnight.js';

let home: string;
let cleanup: () => void;
beforeEach(() => {
	({home, cleanup} = makeHome());
	installAndWriteFortnight(home);
});
afterEach(() => cleanup());

describe('cope export --type, --tag, --exclude', () => {
	it('shares only what is asked for', () => {
		const types = (args: string[]): string[] =>
			[
				...new Set(
					(JSON.parse(runCope(['export', ...args], {home}).stdout) as {entries: Array<{type: string}>}).entries.map((e) => e.type),
				),
			].sort();
		expect(types([])).toEqual(['activity', 'journal', 'mood', 'thought-record', 'urge-surfing']);
		expect(types(['--exclude', 'journal'])).toEqual(['activity', 'mood', 'thought-record', 'urge-surfing']);
		expect(types(['--exclude', 'journal,mood', '--exclude', 'activity'])).toEqual(['thought-record', 'urge-surfing']);
		expect(types(['--type', 'thought-record', '--type', 'activity'])).toEqual(['activity', 'thought-record']);
		const walk = JSON.parse(runCope(['export', '--tag', 'walk'], {home}).stdout) as {entries: Array<{tags: string[]}>};
		expect(walk.entries.length).toBe(5);
		expect(walk.entries.every((e) => e.tags.includes('walk'))).toBe(true);
		const md = runCope(['export', '--format', 'md', '--exclude', 'journal'], {home}).stdout;
		expect(md).not.toContain('My private journal words');
	});

	it('refuses a type that is no type, or one both wanted and left out (exit 2, nothing written)', () => {
		expect(runCope(['export', '--type', 'Thought Record!'], {home})).toMatchObject({
			code: 2,
			stderr: expect.stringContaining('is not an entry type'),
		});
		expect(runCope(['export', '--type', 'mood', '--exclude', 'mood'], {home})).toMatchObject({
			code: 2,
			stderr: expect.stringContaining('--type and --exclude both name mood'),
		});
		expect(runCope(['export', '--tag', '#'], {home}).code).toBe(2);
	});
});

describe('exports, lists and show speak the exercise’s language', () => {
	it('Markdown: step labels or prompts, option labels, minutes, the plan’s sections by title', () => {
		const md = runCope(['export', '--format', 'md', '--type', 'activity,urge-surfing,thought-record'], {home}).stdout;
		expect(md).toContain('### 10:00 · Activity and energy');
		expect(md).toContain('**What could you do today?**\n\n- walk 1\n- call Sam');
		expect(md).toContain('**When and where will you do walk 1, call Sam?** after lunch, the park');
		expect(md).toContain('**Kind:** Pleasure, something enjoyable');
		expect(md).toContain('**Energy:** 2/10');
		expect(md).toContain('**Take two minutes to settle before you start on walk 1, call Sam.** 2 min');
		expect(md).toContain('**Time riding the wave:** 5 min');
		expect(md).toContain('**Thinking traps:**\n\n- Mind reading\n- Labelling');
		expect(md).not.toMatch(/When where|\*\*Type:\*\* pleasure|\*\*Ride:\*\* 120/);
		const plan = makeHome();
		try {
			writeEntries(plan.home, [planEntry({'warning-signs': ['not sleeping'], reasons: ['my sister']}, new Date('2026-11-20T10:00:00Z'))]);
			const planMd = runCope(['export', '--format', 'md'], {home: plan.home}).stdout;
			expect(planMd).toContain('**Warning signs:**\n\n- not sleeping');
			expect(planMd).toContain('**Reasons for living:**\n\n- my sister');
		} finally {
			plan.cleanup();
		}
	});

	it('CSV: an answers column in the exercise’s words (the values column stays as stored)', () => {
		const csv = runCope(['export', '--format', 'csv', '--type', 'activity'], {home}).stdout;
		expect(csv.split('\n')[0]).toBe('id,at,type,exercise,tags,mood,urge,text,values,answers');
		expect(csv).toContain(
			'"What could you do today?: walk 1; call Sam\nWhen and where will you do walk 1, call Sam?: after lunch, the park\nKind: Pleasure, something enjoyable\nEnergy: 2/10\nTake two minutes to settle before you start on walk 1, call Sam.: 2 min"',
		);
		expect(csv).toContain('""type"":""pleasure""');
	});

	it('list and show: the exercise’s title and first answer, answers by their names', () => {
		const list = runCope(['list', '--type', 'activity', '-n', '1'], {home}).stdout;
		expect(list).toMatch(/activity +Activity and energy — walk 4 · call Sam/);
		const id = list.split(' ')[0] ?? '';
		const shown = runCope(['show', id], {home}).stdout;
		expect(shown.split('\n')[0]).toBe('Activity and energy · Saturday 28 November 2026, 10:00');
		expect(shown).toContain('Kind: Mastery, a sense of achievement');
		expect(shown).toContain('Energy: 7/10');
		expect(shown).toContain('What could you do today?\n  • walk 4\n  • call Sam');
		expect(shown).not.toContain('Type: mastery');
	});
});
