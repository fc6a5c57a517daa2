import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {homesRemovedAfterEach, readStoreLines, runCope} from '../helpers/cli.js';
import {planEntry, writeEntries} from '../helpers/entries.js';
import {HEAVY_LIBRARIES, loadedSources} from '../helpers/loaded.js';
import {spawnCopeInPty} from '../helpers/pty.js';

const home = homesRemovedAfterEach();

const ESC = '\u001B';

/** One step of every type, a condition, a re-rating and a two-second timer. */
const EVERYTHING = {
	format: 1,
	id: 'everything',
	title: 'Everything',
	summary: 'One step of every type.',
	steps: [
		{id: 'intro', type: 'info', text: 'A short one.'},
		{id: 'feel', type: 'scale', prompt: 'How are you?', min: 0, max: 10, labels: {'0': 'low', '10': 'good'}, metric: 'mood'},
		{
			id: 'pick',
			type: 'select',
			prompt: 'Can you act on it?',
			options: [
				{value: 'can-act', label: 'Yes'},
				{value: 'what-if', label: 'No, a what-if'},
			],
		},
		{id: 'plan', type: 'text', prompt: 'What is one small step?', when: {step: 'pick', eq: 'can-act'}},
		{
			id: 'many',
			type: 'multi-select',
			prompt: 'Which fit?',
			min: 1,
			options: [
				{value: 'x', label: 'Ex'},
				{value: 'y', label: 'Why'},
				{value: 'z', label: 'Zed'},
			],
		},
		{id: 'items', type: 'list', prompt: 'List them', max: 3},
		{id: 'feelings', type: 'emotions', prompt: 'What do you feel?', suggestions: ['sad', 'tired']},
		{id: 'words', type: 'text', prompt: 'Write it out', multiline: true},
		{
			id: 'breathe',
			type: 'timer',
			prompt: 'Breathe',
			phases: [
				{label: 'In', seconds: 1},
				{label: 'Out', seconds: 1},
			],
		},
		{id: 'again', type: 'emotions', prompt: 'And now?', rerate: 'feelings'},
	],
};

function withEverything(dir: string): string {
	mkdirSync(join(dir, 'exercises'), {recursive: true});
	writeFileSync(join(dir, 'exercises', 'everything.json'), JSON.stringify(EVERYTHING));
	return dir;
}

const ANSWERS = [
	'7',
	'1',
	'call Sam #plan',
	'1 3',
	'first',
	'second',
	'',
	'sad 70',
	'tired',
	'40',
	'',
	'line one',
	'',
	'line three',
	'.',
	'',
	'50',
	'',
	'',
];

function lines(...answers: string[]): string {
	return answers.map((answer) => `${answer}\n`).join('');
}

function draftOf(dir: string, id: string): {at: string; answers: Record<string, unknown>} | undefined {
	const file = join(dir, 'drafts', `${id}.json`);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as {at: string; answers: Record<string, unknown>}) : undefined;
}

describe('cope run --plain, answers piped in', () => {
	it('runs every step type and saves the same entry shape as the screens, without one escape code', () => {
		const dir = withEverything(home());
		const result = runCope(['run', 'everything', '--plain'], {home: dir, input: lines(...ANSWERS)});
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).not.toContain(ESC);
		const [entry] = readStoreLines(dir) as Array<Record<string, unknown>>;
		expect(entry).toMatchObject({
			type: 'everything',
			exercise: 'everything',
			tags: ['plan'],
			values: {
				feel: 7,
				pick: 'can-act',
				plan: 'call Sam #plan',
				many: ['x', 'z'],
				items: ['first', 'second'],
				feelings: {sad: 70, tired: 40},
				words: 'line one\n\nline three',
				breathe: 2,
				again: {sad: 50, tired: 40},
			},
			metrics: {mood: 7},
		});
		// Numbered options, the scale's labels, one line per timer phase, the review, the summary.
		// The count follows the steps shown: the condition on "pick" adds one once it holds.
		expect(result.stdout).toContain('Step 2 of 9: How are you?');
		expect(result.stdout).toContain('Step 4 of 10: What is one small step?');
		expect(result.stdout).toContain('Type a whole number from 0 to 10 (0 = low, 10 = good).');
		expect(result.stdout).toContain('  2. No, a what-if');
		expect(result.stdout).toMatch(/^In, 1 s$/m);
		expect(result.stdout).toMatch(/^Out, 1 s$/m);
		expect(result.stdout).toContain('sad: it was 70.');
		expect(result.stdout).toContain('  4. Which fit? Ex, Zed');
		expect(result.stdout).toContain('Saved. Well done for making the time.');
		expect(result.stdout).toContain('  sad: 70 → 50');
		expect(draftOf(dir, 'everything')).toBeUndefined();
	});

	it('honours conditions: a step whose condition does not hold is not asked, and the count follows', () => {
		const dir = withEverything(home());
		const answers = ['7', '2', '2', '', '', '', 's', '', ''];
		const result = runCope(['run', 'everything', '--plain'], {home: dir, input: lines(...answers)});
		expect(result.code).toBe(0);
		expect(result.stdout).not.toContain('What is one small step?');
		expect(result.stdout).toContain('Step 4 of 9: Which fit?');
		const [entry] = readStoreLines(dir) as Array<{values: Record<string, unknown>}>;
		expect(entry?.values).toEqual({feel: 7, pick: 'what-if', many: ['y'], breathe: 0});
	});

	it('keeps a draft when the input ends early, says so (exit 1), and offers to resume it', () => {
		const dir = withEverything(home());
		const early = runCope(['run', 'everything', '--plain'], {
			home: dir,
			input: lines('7', '2', '1', '', 'sad 60', '', 'half a thought', 'and more'),
		});
		expect(early.code).toBe(1);
		expect(early.stderr).toContain('cope: the input ended before the exercise was finished; nothing was saved.');
		expect(early.stderr).toContain('kept as a draft');
		expect(readStoreLines(dir)).toEqual([]);
		// Every word typed is in the draft, the unfinished text too.
		expect(draftOf(dir, 'everything')).toMatchObject({
			at: 'words',
			answers: {feel: 7, pick: 'what-if', many: ['x'], feelings: {sad: 60}, words: 'half a thought\nand more'},
		});

		const resumed = runCope(['run', 'everything', '--plain'], {home: dir, input: lines('1', '', 's', '', '')});
		expect(resumed.stdout).toMatch(/You have an unfinished “Everything” from \w{3} \d+ \w{3} at \d\d:\d\d\. Nothing in it is lost\./);
		expect(resumed.stdout).toContain('Now: "half a thought ⏎ and more". An empty first line keeps it.');
		expect(resumed.code).toBe(0);
		const [entry] = readStoreLines(dir) as Array<{values: Record<string, unknown>}>;
		expect(entry?.values).toMatchObject({feel: 7, words: 'half a thought\nand more', feelings: {sad: 60}, again: {sad: 60}});
		expect(draftOf(dir, 'everything')).toBeUndefined();
	});

	it('"start fresh" deletes the draft and begins again', () => {
		const dir = home();
		expect(runCope(['run', 'mood-log', '--plain'], {home: dir, input: lines('3')}).code).toBe(1);
		expect(draftOf(dir, 'mood-log')?.answers).toEqual({mood: 3});
		const fresh = runCope(['run', 'mood-log', '--plain'], {home: dir, input: lines('2', '6', '', '', '', '')});
		expect(fresh.code).toBe(0);
		expect((readStoreLines(dir)[0] as {values: unknown}).values).toEqual({mood: 6, urge: 0});
	});

	it('the review changes an answer by its number, then saves', () => {
		const dir = home();
		const result = runCope(['run', 'mood-log', '--plain'], {home: dir, input: lines('7', '', '', 'a note', '1', '4', '')});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('  1. How are you feeling right now? 7');
		expect(result.stdout).toContain('Now 7; Enter keeps it.');
		expect(result.stdout).toContain('  1. How are you feeling right now? 4');
		const [entry] = readStoreLines(dir) as Array<{values: unknown; metrics: unknown}>;
		expect(entry?.values).toEqual({mood: 4, urge: 0, note: 'a note'});
		expect(entry?.metrics).toEqual({mood: 4, urge: 0});
	});

	it('help now is the same content as the screens and cope sos: the plan in short, and what can be started from here', () => {
		const dir = home();
		writeEntries(dir, [planEntry({coping: ['go for a walk with headphones on']}, new Date(2026, 10, 20, 9, 0))]);
		const result = runCope(['run', 'mood-log', '--plain'], {home: dir, input: lines('?', '5', '', '', '', '')});
		expect(result.code).toBe(0);
		const help = result.stdout.slice(result.stdout.indexOf('Help now'));
		expect(help).toMatch(/^ {2}Your plan:\n {4}[^\n]*: go for a walk with headphones on$/m);
		expect(help).toContain('For right now: cope run grounding-54321 · cope run box-breathing · cope run urge-surfing');
	});

	it('a prompt quoting an earlier answer shows that answer, in the question and the review', () => {
		const dir = home();
		mkdirSync(join(dir, 'exercises'), {recursive: true});
		const quoting = {
			format: 1,
			id: 'quoting',
			title: 'Quoting',
			summary: 'A prompt that quotes.',
			steps: [
				{id: 'plan', type: 'text', prompt: 'What will you do?'},
				{id: 'how', type: 'text', prompt: 'How did "{plan}" go?'},
			],
		};
		writeFileSync(join(dir, 'exercises', 'quoting.json'), JSON.stringify(quoting));
		const result = runCope(['run', 'quoting', '--plain'], {home: dir, input: lines('a walk', 'fine', '')});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Step 2 of 2: How did "a walk" go?');
		expect(result.stdout).toContain('2. How did "a walk" go? fine');
	});

	it('? at any question prints help now (the person’s contact first), then asks the same question again', () => {
		const dir = home();
		mkdirSync(dir, {recursive: true});
		writeFileSync(join(dir, 'config.json'), JSON.stringify({country: 'GB', crisis: {custom: 'Sam 07700 900123'}}));
		const result = runCope(['run', 'mood-log', '--plain'], {home: dir, input: lines('?', '5', 'help', '', '', '', '')});
		expect(result.code).toBe(0);
		const help = result.stdout.indexOf('Help now');
		expect(help).toBeGreaterThan(0);
		expect(result.stdout.slice(help)).toMatch(/^Help now\n {2}Your contact: Sam 07700 900123\n {2}Samaritans/m);
		expect(result.stdout).toContain('Back to step 1 of 4: How are you feeling right now?');
		expect(result.stdout).toContain('Back to step 2 of 4: Is there any urge to self-harm right now?');
		expect((readStoreLines(dir)[0] as {values: unknown}).values).toEqual({mood: 5, urge: 0});
	});

	it('after a hard entry, the summary carries the same calm message as the screens', () => {
		const dir = home();
		const result = runCope(['run', 'mood-log', '--plain'], {home: dir, input: lines('3', '8', '', '', '')});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Saved. Thanks for checking in with yourself.');
		expect(result.stdout).toContain('mood 3 · urge 8');
		expect(result.stdout).toContain('That sounds really hard');
		// Shown once: not again on stderr afterwards.
		expect(result.stderr).not.toContain('That sounds really hard');
	});

	it('an answer from a pipe that does not fit stops (exit 2), naming the line and what is accepted; nothing is saved', () => {
		const dir = home();
		const result = runCope(['run', 'mood-log', '--plain'], {home: dir, input: lines('eleven', '5')});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(
			'cope: line 1 of the input ("eleven") does not answer "How are you feeling right now?": expected a whole number from 0 to 10.',
		);
		expect(readStoreLines(dir)).toEqual([]);
	});

	it('loads neither Ink nor React nor the screens', () => {
		const dir = home();
		const {code, sources} = loadedSources(['run', 'mood-log', '--plain'], dir, lines('6', '', '', '', ''));
		expect(code).toBe(0);
		for (const name of ['cope tui', 'ink', 'react'] as const)
			expect(sources.filter((source) => (HEAVY_LIBRARIES[name] as RegExp).test(source))).toEqual([]);
	});

	it('without --plain and without a terminal, cope and cope run name --plain and cope sos', () => {
		const dir = home();
		const bare = runCope([], {home: dir});
		expect(bare.code).toBe(2);
		expect(bare.stderr).toContain('needs a terminal');
		expect(bare.stderr).toContain('cope sos');
		expect(bare.stderr).toContain('--plain');
		const run = runCope(['run', 'journal'], {home: dir});
		expect(run.stderr).toContain('cope run journal --plain');
		expect(run.stderr).toContain('Help now: cope sos.');
	});
});

describe('plain mode on a terminal', () => {
	const noEscapes = (output: string): string[] => [...output.matchAll(/\u001B[^\n]{0,8}/g)].map((match) => JSON.stringify(match[0]));

	it('TERM=dumb: cope run opens plain prompts, never a cursor-movement (or any escape) code', async () => {
		const dir = home();
		const session = spawnCopeInPty(['run', 'mood-log'], {home: dir, env: {TERM: 'dumb', NO_COLOR: undefined}});
		await session.waitFor('Step 1 of 4');
		session.write('6\r');
		await session.waitFor('Step 2 of 4');
		session.write('\r\r\r');
		await session.waitFor('Look it over before saving');
		session.write('\r');
		await session.waitFor('Saved.');
		expect(await session.exited).toBe(0);
		expect(noEscapes(session.output())).toEqual([]);
		expect((readStoreLines(dir)[0] as {values: unknown}).values).toEqual({mood: 6, urge: 0});
	});

	it('TERM=dumb: cope offers a numbered menu of the exercises, homework first', async () => {
		const dir = home();
		expect(runCope(['homework', 'set', 'box-breathing', '--per-week', '3'], {home: dir}).code).toBe(0);
		const session = spawnCopeInPty([], {home: dir, env: {TERM: 'dumb', NO_COLOR: undefined}});
		await session.waitFor('What would help right now?');
		await session.waitFor('press Enter to close.');
		const menu = session.output();
		// Today's homework first, as on the screens' home.
		expect(menu).toMatch(/ {2}1\. Box breathing, about \d+ min: from your therapy plan/);
		// Each line ends with the exercise's own sentence: no "view., about 10 min".
		expect(menu).toMatch(/Thought record, about 10 min: Catch a hot thought, weigh the evidence, find a balanced view\.\r?\n/);
		expect(menu).not.toMatch(/\., /);
		const number = /(\d+)\. Mood check-in/.exec(menu)?.[1];
		expect(number).toBeDefined();
		session.write(`${number}\r`);
		await session.waitFor('Step 1 of 4');
		session.write('\u0003');
		await session.waitFor('Closed. Nothing was written.');
		expect(await session.exited).toBe(0);
		expect(noEscapes(session.output())).toEqual([]);
	});

	it('TERM=dumb: after a hard entry today, riding out an urge comes first, as on the screens', async () => {
		const dir = home();
		expect(runCope(['log', '2', 'a rough evening', '--urge', '9'], {home: dir}).code).toBe(0);
		const session = spawnCopeInPty([], {home: dir, env: {TERM: 'dumb', NO_COLOR: undefined}});
		await session.waitFor('press Enter to close.');
		expect(session.output()).toMatch(/ {2}1\. Ride out an urge, about \d+ min/);
		session.write('\r');
		expect(await session.exited).toBe(0);
	});

	it('TERM=dumb: cope sos prints help without one escape code (no colour, no bold)', async () => {
		const dir = home();
		const session = spawnCopeInPty(['sos'], {home: dir, env: {TERM: 'dumb', NO_COLOR: undefined}});
		await session.waitFor('Enter to close');
		session.write('\r');
		expect(await session.exited).toBe(0);
		expect(session.output()).toContain('Help now');
		expect(noEscapes(session.output())).toEqual([]);
	});

	it('ui.plain set: plain prompts on a capable terminal too; Ctrl+C keeps a draft', async () => {
		const dir = home();
		expect(runCope(['config', 'set', 'ui.plain', 'true'], {home: dir}).code).toBe(0);
		const session = spawnCopeInPty(['run', 'thought-record'], {home: dir});
		// Type at the prompt, as a person would: typed ahead, the terminal's echo lands before it.
		await session.waitFor(/skips it\.\r?\n> /);
		session.write('On the bus\r');
		// Ctrl+C clears what the terminal has not handed over yet: wait until the line is read.
		await session.waitFor(/On the bus\r?\n> /);
		session.write('\u0003');
		await session.waitFor('Saved as a draft. Run it again to pick up where you left off.');
		expect(await session.exited).toBe(0);
		expect(draftOf(dir, 'thought-record')?.answers).toEqual({situation: 'On the bus'});
		expect(noEscapes(session.output())).toEqual([]);
	});
});
