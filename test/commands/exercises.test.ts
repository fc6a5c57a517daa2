import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, ROOT, runCope} from '../helpers/cli.js';
import {sampleExercise} from '../helpers/exercise.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

function addUserFile(name: string, content: string | Uint8Array): string {
	const dir = join(home, 'exercises');
	mkdirSync(dir, {recursive: true});
	writeFileSync(join(dir, name), content);
	return join(dir, name);
}

const builtInFile = (id: string) => join(ROOT, 'exercises', `${id}.json`);

describe('cope exercises [list]', () => {
	it('lists the built-ins with id, title, minutes, origin and summary', () => {
		const result = runCope(['exercises'], {home});
		expect(result).toMatchObject({code: 0, stderr: ''});
		const lines = result.stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(
			/^thought-record +Thought record +10 min +built-in +Catch a hot thought, weigh the evidence, find a balanced view\.$/,
		);
		expect(lines[1]).toMatch(/^journal +Journal +5 min +built-in +Write freely/);
		expect(lines[2]).toMatch(/^mood-log +Mood check-in +1 min +built-in +How you are, in one minute\.$/);
		expect(runCope(['exercises', 'list'], {home}).stdout).toBe(result.stdout);
	});

	it('writes nothing: the data directory is not even created', () => {
		runCope(['exercises'], {home});
		runCope(['exercises', 'show', 'journal'], {home});
		expect(existsSync(home)).toBe(false);
	});

	it('prints JSON with the documented fields', () => {
		const result = runCope(['exercises', '--json'], {home});
		expect(result.code).toBe(0);
		const listed = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
		expect(listed.find((exercise) => exercise['id'] === 'thought-record')).toEqual({
			id: 'thought-record',
			title: 'Thought record',
			summary: 'Catch a hot thought, weigh the evidence, find a balanced view.',
			kind: 'thought-record',
			minutes: 10,
			origin: 'built-in',
			file: builtInFile('thought-record'),
			replacesBuiltIn: false,
			stepCount: 12,
		});
		expect(JSON.parse(runCope(['exercises', 'list', '--json'], {home}).stdout)).toEqual(listed);
	});

	it('lists the person’s own exercises, and one that replaces a built-in, as theirs', () => {
		addUserFile(
			'worry.json',
			JSON.stringify({...sampleExercise(), id: 'worry-time', title: 'Worry time', summary: 'Park worries until later.'}),
		);
		const journal = addUserFile('journal.json', JSON.stringify({...sampleExercise(), id: 'journal', title: 'My journal', minutes: 3}));
		const result = runCope(['exercises'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^journal +My journal +3 min +yours \(replaces the built-in\) +One step of every type\.$/m);
		expect(result.stdout).toMatch(/^worry-time +Worry time +— +yours +Park worries until later\.$/m);
		const listed = JSON.parse(runCope(['exercises', '--json'], {home}).stdout) as Array<Record<string, unknown>>;
		expect(listed.filter((exercise) => exercise['id'] === 'journal')).toEqual([
			expect.objectContaining({origin: 'user', replacesBuiltIn: true, file: journal, minutes: 3}),
		]);
		expect(listed.find((exercise) => exercise['id'] === 'worry-time')).toMatchObject({origin: 'user', minutes: null, kind: 'worry-time'});
	});

	it('reports a broken file on stderr and still lists the rest', () => {
		const broken = addUserFile('broken.json', JSON.stringify({...sampleExercise(), id: 'broken', minutes: 'ten'}));
		addUserFile('fine.json', JSON.stringify({...sampleExercise(), id: 'fine'}));
		const result = runCope(['exercises'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^fine /m);
		expect(result.stdout).not.toMatch(/^broken /m);
		expect(result.stderr).toBe(
			`cope: ${broken}: minutes: expected an integer from 1 to 600, got "ten"\n` +
				'cope: files with problems are skipped until they are fixed; check one with: cope exercises validate <file>\n',
		);
		// --json keeps stdout clean JSON; the problem is still on stderr.
		const json = runCope(['exercises', '--json'], {home});
		expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
		expect(json.stderr).toContain(broken);
	});

	it('shows text from exercise files inert: escape sequences cannot reach the terminal', () => {
		addUserFile(
			'sly.json',
			JSON.stringify({...sampleExercise(), id: 'sly', title: 'Sly\u001B[2J\u001B]0;owned\u0007', summary: 'Looks \u001B[31mred\u001B[0m'}),
		);
		for (const args of [['exercises'], ['exercises', 'show', 'sly']]) {
			const result = runCope(args, {home});
			expect(result.code).toBe(0);
			expect(result.stdout).not.toContain('\u001B');
			expect(result.stdout).not.toContain('\u0007');
			expect(result.stdout).toContain('Sly^[[2J^[]0;owned^G');
		}
	});

	it('refuses a word it does not know', () => {
		const result = runCope(['exercises', 'frobnicate'], {home});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			'cope: "frobnicate" is not a cope exercises command.\nCommands: list, show, validate, add. See cope exercises --help.\n',
		);
		expect(runCope(['exercises', 'lsit'], {home}).stderr).toContain('"lsit" is not a cope exercises command. Did you mean "list"?');
		// What was typed is echoed inert, even in an error; and so for every command of commands.
		for (const command of ['exercises', 'config', 'homework', 'plan']) {
			const sly = runCope([command, 'x\u001B[2J'], {home});
			expect(sly.code).toBe(2);
			expect(sly.stderr).toContain(`cope: "x^[[2J" is not a cope ${command} command.`);
		}
		expect(runCope(['exercises', 'show', 'x\u001B[2J'], {home}).stderr).toContain('cope: there is no exercise called "x^[[2J".');
	});
});

describe('cope exercises show', () => {
	it('shows the steps in readable form', () => {
		const result = runCope(['exercises', 'show', 'thought-record'], {home});
		expect(result).toMatchObject({code: 0, stderr: ''});
		const {stdout} = result;
		expect(
			stdout.startsWith(
				'Thought record\nCatch a hot thought, weigh the evidence, find a balanced view.\nthought-record · built-in · about 10 min · writes thought-record entries\n',
			),
		).toBe(true);
		expect(stdout).toContain('\n1. What happened?\n   situation · text, several lines · optional\n');
		expect(stdout).toContain('\n6. Can you spot any thinking traps in it?\n   traps · choose any · optional\n');
		expect(stdout).toContain('\n12. And the hot thought, now: how much do you believe it?\n');
		expect(stdout).toContain('hot-belief-after · a number from 0 to 100 · rates step 5 (hot-belief) again');
		expect(stdout).toContain('   - Mind reading [mind-reading]: Jumping to conclusions about what others think\n     of you.\n');
		expect(stdout).toMatch(
			/\n11\. How strong are those feelings now\?\n {4}rerate · feelings, each rated 0–100 · re-rates the feelings of step 2\n {4}\(emotions\) · optional\n/,
		);
	});

	it('shows a scale’s range, labels and metric, and a condition', () => {
		addUserFile(
			'check.json',
			JSON.stringify({
				format: 1,
				id: 'check',
				title: 'Check',
				summary: 'A check.',
				steps: [
					{
						id: 'urge',
						type: 'scale',
						prompt: 'How strong is the urge?',
						min: 0,
						max: 10,
						labels: {'10': 'very', '0': 'none'},
						metric: 'urge',
						default: 0,
					},
					{id: 'plan', type: 'info', prompt: 'Your plan', text: 'Look at your safety plan.', when: {step: 'urge', gte: 7}},
					{
						id: 'breathe',
						type: 'timer',
						prompt: 'Breathe',
						phases: [
							{label: 'In', seconds: 4},
							{label: 'Out', seconds: 6},
						],
						rounds: 6,
						checkIn: {every: 30, prompt: 'Has it eased?'},
					},
				],
			}),
		);
		const {stdout, code} = runCope(['exercises', 'show', 'check'], {home});
		expect(code).toBe(0);
		expect(stdout).toContain(
			'1. How strong is the urge?\n   urge · a number from 0 to 10 · starts at 0 · charted as urge · required\n   0 = none · 10 = very\n',
		);
		expect(stdout).toContain('2. Your plan\n   plan · information, no answer · only if urge is 7 or more\n   Look at your safety plan.\n');
		expect(stdout).toContain(
			'3. Breathe\n   breathe · a timer: In 4 s, Out 6 s; 6 rounds (1 min in all) · asks "Has it\n   eased?" every 30 s\n',
		);
	});

	it('prints the exercise file itself with --json', () => {
		const result = runCope(['exercises', 'show', 'mood-log', '--json'], {home});
		expect(result.code).toBe(0);
		const {$schema: _schema, ...file} = JSON.parse(readFileSync(builtInFile('mood-log'), 'utf8')) as Record<string, unknown>;
		expect(JSON.parse(result.stdout)).toEqual(file);
	});

	it('says so, and suggests, when there is no such exercise', () => {
		const result = runCope(['exercises', 'show', 'jurnal'], {home});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe('cope: there is no exercise called "jurnal".\nDid you mean journal? See them all with: cope exercises\n');
	});

	it('still shows an exercise when another file is broken, reporting that file', () => {
		const broken = addUserFile('broken.json', '{"format": 1,');
		const result = runCope(['exercises', 'show', 'journal'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^Journal\n/);
		expect(result.stderr).toContain(`cope: ${broken}: line 1, column 14: not valid JSON`);
	});
});

describe('cope exercises validate', () => {
	it('says ok for valid files (exit 0)', () => {
		const mine = addUserFile('mine.json', JSON.stringify({...sampleExercise(), id: 'mine', title: 'Mine'}));
		const result = runCope(['exercises', 'validate', mine, builtInFile('journal')], {home});
		expect(result).toMatchObject({code: 0, stderr: ''});
		expect(result.stdout).toBe(
			`ok  ${mine}: mine "Mine", 8 steps\nok  ${builtInFile('journal')}: journal "Journal", 1 step; replaces the built-in journal\n`,
		);
	});

	it('prints every problem of every file and exits 2; a missing file is a problem, not a crash', () => {
		const steps = sampleExercise().steps;
		steps[1] = {id: 'feel', type: 'scale', prompt: 'How?', min: 0, max: 'ten'};
		steps[6] = {id: 'feel', type: 'text', promt: 'Write'};
		const bad = addUserFile('bad.json', JSON.stringify({...sampleExercise(), steps}));
		const good = addUserFile('good.json', JSON.stringify(sampleExercise()));
		const missing = join(home, 'missing.json');
		const result = runCope(['exercises', 'validate', bad, good, missing], {home});
		expect(result.code).toBe(2);
		expect(result.stdout).toBe(`ok  ${good}: sample "Sample", 8 steps\n`);
		expect(result.stderr).toBe(
			[
				`${bad}: steps[1].max: expected an integer greater than min (0), got "ten"`,
				`${bad}: steps[6].prompt: expected non-empty text (up to 500 characters), but it is missing`,
				`${bad}: steps[6].promt: unknown key; did you mean "prompt"?`,
				`${bad}: steps[6].id: expected an id no other step has, got "feel" (steps[1] has it too)`,
				`${missing}: cannot read it: no such file`,
				'cope: 2 of 3 files are not valid exercises.',
				'Each line above names the file, the place in it, what was expected and what was found.',
				'',
			].join('\n'),
		);
	});

	it('refuses a folder, a binary file and a huge file cleanly', () => {
		const folder = join(home, 'exercises', 'folder.json');
		mkdirSync(folder, {recursive: true});
		const binary = addUserFile('binary.json', Uint8Array.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0xff]));
		const huge = addUserFile('huge.json', `{"format": 1, "id": "huge", "title": "${'x'.repeat(300 * 1024)}"}`);
		const result = runCope(['exercises', 'validate', folder, binary, huge], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toBe(
			[
				`${folder}: is a folder, not an exercise file`,
				`${binary}: not UTF-8 text (is it a binary file?); expected an exercise in JSON`,
				`${huge}: the file is 301 KiB; an exercise file can be up to 256 KiB`,
				'cope: 3 of 3 files are not valid exercises.',
				'Each line above names the file, the place in it, what was expected and what was found.',
				'',
			].join('\n'),
		);
	});

	it('names the one file when only one is given', () => {
		const bad = addUserFile('bad.json', '[]');
		const result = runCope(['exercises', 'validate', bad], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(
			`${bad}: top level: expected an exercise (a JSON object with format, id, title, summary and steps), got an empty list\ncope: ${bad} is not a valid exercise.\n`,
		);
	});

	it('needs at least one file', () => {
		const result = runCope(['exercises', 'validate'], {home});
		expect(result.code).toBe(2);
		expect(result.stderr).toContain("missing required argument 'file'");
	});
});
