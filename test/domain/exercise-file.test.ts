import {describe, expect, it} from 'vitest';
import {MAX_EXERCISE_BYTES, parseExerciseFile, validateExercise} from '../../src/domain/exercise/validate.js';
import {sampleExercise} from '../helpers/exercise.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const problems = (data: Uint8Array): string[] => {
	const result = parseExerciseFile(data, 'my.json');
	return result.ok ? [] : result.problems;
};

/** JSON text of exactly `size` bytes holding a valid exercise (padded with spaces). */
function validOfSize(size: number): Uint8Array {
	const text = JSON.stringify(sampleExercise());
	return bytes(text + ' '.repeat(size - bytes(text).length));
}

describe('parseExerciseFile', () => {
	it('reads a valid exercise', () => {
		expect(parseExerciseFile(bytes(JSON.stringify(sampleExercise())), 'my.json')).toEqual({ok: true, exercise: sampleExercise()});
	});

	it('accepts a UTF-8 byte order mark', () => {
		expect(parseExerciseFile(bytes('\uFEFF' + JSON.stringify(sampleExercise())), 'my.json').ok).toBe(true);
	});

	it('accepts a file of exactly 256 KiB and refuses one byte more', () => {
		expect(problems(validOfSize(MAX_EXERCISE_BYTES))).toEqual([]);
		expect(problems(validOfSize(MAX_EXERCISE_BYTES + 1))).toEqual(['my.json: the file is 257 KiB; an exercise file can be up to 256 KiB']);
	});

	it('refuses bytes that are not UTF-8', () => {
		expect(problems(Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]))).toEqual([
			'my.json: not UTF-8 text (is it a binary file?); expected an exercise in JSON',
		]);
	});

	it('refuses an empty file', () => {
		expect(problems(bytes(''))).toEqual(['my.json: the file is empty; expected an exercise in JSON']);
		expect(problems(bytes(' \n'))).toEqual(['my.json: the file is empty; expected an exercise in JSON']);
	});

	it('says where JSON is broken, by line and column', () => {
		const [problem] = problems(bytes('{\n  "format": 1,\n  "id": "x" "title": "X"\n}'));
		expect(problem).toMatch(/^my\.json: line 3, column 13: not valid JSON \(.+\)$/);
	});

	it('refuses JSON with comments or trailing commas (exercise files are plain JSON)', () => {
		expect(problems(bytes('{"format": 1, // one\n}'))[0]).toMatch(/^my\.json: line 1, column 15: not valid JSON/);
		expect(problems(bytes('{"format": 1,}'))[0]).toMatch(/^my\.json: line 1, column 14: not valid JSON/);
	});

	it('does not run or evaluate anything in the file', () => {
		// JavaScript, not JSON: parsing it must fail rather than execute it.
		const marker = '__copeExerciseRan';
		const result = parseExerciseFile(bytes(`{"format": 1, "id": (globalThis.${marker} = true)}`), 'my.json');
		expect(result.ok).toBe(false);
		expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
	});

	it('survives deeply nested JSON', () => {
		const depth = 100_000;
		const nested = `{"format": 1, "id": "deep", "title": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
		expect(problems(bytes(nested))).toContain('my.json: title: expected non-empty text (up to 80 characters), got a list');
	});
});

describe('__proto__ and constructor keys do no harm', () => {
	const hostile = JSON.stringify(sampleExercise()).replace(
		'{',
		'{"__proto__": {"polluted": "yes", "format": 1}, "constructor": {"prototype": {"polluted": "yes"}}, ',
	);

	it('reports them as unknown keys and pollutes nothing', () => {
		expect(problems(bytes(hostile))).toEqual([
			'my.json: __proto__: unknown key; expected only $schema, format, id, title, summary, kind, minutes, steps',
			'my.json: constructor: unknown key; expected only $schema, format, id, title, summary, kind, minutes, steps',
		]);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(Object.prototype).not.toHaveProperty('polluted');
	});

	it('reports __proto__ inside steps and labels', () => {
		const input = JSON.parse(
			'{"format": 1, "id": "x", "title": "X", "summary": "S", "steps": [{"id": "a", "type": "scale", "prompt": "P", "min": 0, "max": 10, "labels": {"__proto__": "nope", "0": "low"}, "__proto__": {"required": false}}]}',
		) as unknown;
		expect(validateExercise(input, 'my.json')).toEqual({
			ok: false,
			problems: [
				'my.json: steps[0].__proto__: unknown key; expected only id, label, help, required, when, type, prompt, min, max, labels, default, metric, rerate',
				'my.json: steps[0].labels.__proto__: expected a key that is an integer from min to max (0 to 10), got "__proto__"',
			],
		});
		expect(({} as Record<string, unknown>)['required']).toBeUndefined();
	});

	it('never puts a key from the file onto a prototype of the exercise it returns', () => {
		const input = JSON.parse(
			'{"format": 1, "id": "x", "title": "X", "summary": "S", "steps": [{"id": "a", "type": "scale", "prompt": "P", "min": 0, "max": 10, "labels": {"0": "low", "constructor": "x"}}]}',
		) as unknown;
		// "constructor" is not a number, so refused; and the copy would not carry it anyway.
		const result = validateExercise(input, 'my.json');
		expect(result.ok).toBe(false);
		const clean = JSON.parse(
			'{"format": 1, "id": "x", "title": "X", "summary": "S", "steps": [{"id": "a", "type": "scale", "prompt": "P", "min": 0, "max": 10, "labels": {"0": "low"}}]}',
		) as unknown;
		const ok = validateExercise(clean, 'my.json');
		expect(ok.ok).toBe(true);
		if (ok.ok) {
			expect(Object.getPrototypeOf(ok.exercise)).toBe(Object.prototype);
			expect(Object.getPrototypeOf(ok.exercise.steps[0])).toBe(Object.prototype);
		}
	});
});

describe('parseExerciseFile: where JSON goes wrong', () => {
	it.each([
		['just some notes', "line 1, column 1: not valid JSON (Unexpected token 'j')"],
		['{\n  "format": 1,\n  "ok": tru\n}', 'line 3, column 12: not valid JSON (Unexpected line break)'],
		['{"format": 1, "ok": tru}', "line 1, column 24: not valid JSON (Unexpected token '}')"],
		['{\n  // a comment\n}', "line 2, column 3: not valid JSON (Expected property name or '}')"],
		['{"format": NaN}', "line 1, column 12: not valid JSON (Unexpected token 'N')"],
		['{"format": 1', "line 1, column 13: not valid JSON (Expected ',' or '}' after property value)"],
	])('%j', (text, expected) => {
		expect(problems(bytes(text))).toEqual([`my.json: ${expected}`]);
	});
});
