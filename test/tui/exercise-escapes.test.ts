import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {inertExercise} from '../../src/domain/exercise/inert-exercise.js';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {makeHome, runCope} from '../helpers/cli.js';
import {spawnCopeInPty} from '../helpers/pty.js';

/*
 * Issue #9, reproduction 12: exercises come from third parties. Every word an
 * exercise file shows is made inert before any screen draws it; an OSC 52
 * (clipboard) or OSC 2 (window title) sequence never reaches the terminal.
 */

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

const OSC52 = '\u001B]52;c;aGVsbG8=\u0007';
const OSC2 = '\u001B]2;pwned\u0007';

const EVIL: Exercise = {
	format: 1,
	id: 'evil',
	title: `Evil ${OSC52}title ${OSC2}`,
	summary: `sum \u009B31m red \u202E rtl`,
	steps: [
		{
			id: 'pick',
			type: 'select',
			prompt: `Pick ${OSC2}one`,
			help: `help ${OSC52}`,
			options: [
				{value: 'a', label: `Opt ${OSC2}A`, hint: `hint ${OSC52}`},
				{value: 'b', label: 'B'},
			],
		},
		{id: 'rate', type: 'scale', prompt: 'Rate', min: 0, max: 2, labels: {'0': `none ${OSC2}`}},
		{id: 'words', type: 'text', prompt: `Say ${OSC52}`},
	],
};

/** Raw control sequences a terminal would act on: ESC, BEL, C1 controls, bidi overrides. */
const RAW = /[\u0007\u001B\u0080-\u009F\u202A-\u202E]/;

describe('exercise words are inert wherever they are drawn', () => {
	it('inertExercise tames every shown string and keeps ids and values exactly', () => {
		const safe = inertExercise(EVIL);
		const strings: string[] = [];
		const collect = (value: unknown): void => {
			if (typeof value === 'string') strings.push(value);
			else if (value && typeof value === 'object') Object.values(value).forEach(collect);
		};
		collect(safe);
		for (const text of strings) expect(text).not.toMatch(RAW);
		expect(safe.steps.map((step) => step.id)).toEqual(['pick', 'rate', 'words']);
		expect((safe.steps[0] as {options: Array<{value: string}>}).options.map((option) => option.value)).toEqual(['a', 'b']);
	});

	it('cope run draws the exercise in a real terminal without passing a sequence through', async () => {
		mkdirSync(join(home, 'exercises'), {recursive: true});
		writeFileSync(join(home, 'exercises', 'evil.json'), JSON.stringify(EVIL));
		const session = spawnCopeInPty(['run', 'evil'], {home});
		await session.waitFor('Pick');
		await session.waitFor('Opt');
		await session.waitForRawMode();
		session.write('\u0003');
		await session.exited;
		const output = session.output();
		expect(output).not.toContain('\u001B]52');
		expect(output).not.toContain('\u001B]2;');
		expect(output).not.toContain('\u202E');
	});

	it('exercises list/show --json escape C1 controls and U+202E for a terminal, and stay valid JSON', async () => {
		mkdirSync(join(home, 'exercises'), {recursive: true});
		writeFileSync(join(home, 'exercises', 'evil.json'), JSON.stringify(EVIL));
		for (const args of [
			['exercises', 'list', '--json'],
			['exercises', 'show', 'evil', '--json'],
		]) {
			const session = spawnCopeInPty(args, {home});
			expect(await session.exited).toBe(0);
			const output = session.output();
			expect(output).not.toMatch(/[\u0080-\u009F\u202E]/);
			expect(output).toContain('\\u202e');
		}
		// Piped, the JSON is the file's, exactly.
		const piped = runCope(['exercises', 'show', 'evil', '--json'], {home});
		expect((JSON.parse(piped.stdout) as Exercise).summary).toBe(EVIL.summary);
	});

	it('cope list/show --json of entries escape them for a terminal too', async () => {
		expect(runCope(['log', '5', 'note \u009B31m and \u202E here'], {home}).code).toBe(0);
		const session = spawnCopeInPty(['list', '--json'], {home});
		expect(await session.exited).toBe(0);
		expect(session.output()).not.toMatch(/[\u0080-\u009F\u202E]/);
		expect(session.output()).toContain('\\u202e');
	});
});
