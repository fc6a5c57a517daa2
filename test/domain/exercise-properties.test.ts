import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {parseExerciseFile, validateExercise} from '../../src/domain/exercise/validate.js';
import {ROOT} from '../helpers/cli.js';
import {sampleExercise} from '../helpers/exercise.js';

// Every problem is `f.json: <where>: <what>`, where <where> is "top level" or a JSON path.
const FIRST = String.raw`(?:[A-Za-z_$][A-Za-z0-9_$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])`;
const NEXT = String.raw`(?:\.[A-Za-z_$][A-Za-z0-9_$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])`;
const PROBLEM = new RegExp(String.raw`^f\.json: (?:top level|${FIRST}${NEXT}*): \S`, 's');

function expectWellFormed(problems: readonly string[]): void {
	expect(problems.length).toBeGreaterThan(0);
	for (const problem of problems) {
		expect(problem).toMatch(PROBLEM);
		// Every place in the schema has words for what it expects.
		expect(problem).not.toContain('something else');
	}
}

type Json = unknown;
type Mutation = {pick: number; op: 'set' | 'delete' | 'add-key' | 'copy-step'; key: string; value: Json};

/** Every path in a JSON value, the root first. */
function pathsIn(value: Json, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
	out.push(path);
	if (Array.isArray(value)) value.forEach((item: Json, index) => pathsIn(item, [...path, index], out));
	else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) pathsIn(item, [...path, key], out);
	return out;
}

function mutate(root: Json, {pick, op, key, value}: Mutation): Json {
	const paths = pathsIn(root);
	const path = paths[pick % paths.length] ?? [];
	if (path.length === 0) return op === 'set' ? value : root;
	let parent = root as Record<string | number, Json>;
	for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, Json>;
	const last = path.at(-1) as string | number;
	const target = parent[last];
	if (op === 'set') parent[last] = value;
	else if (op === 'delete') {
		if (Array.isArray(parent)) parent.splice(last as number, 1);
		else delete parent[last];
	} else if (op === 'add-key' && typeof target === 'object' && target !== null && !Array.isArray(target)) {
		Object.defineProperty(target, key, {value, enumerable: true, writable: true, configurable: true});
	} else if (op === 'copy-step') {
		const steps = (root as {steps?: Json}).steps;
		if (Array.isArray(steps) && steps.length > 0) steps.splice(pick % (steps.length + 1), 0, structuredClone(steps[pick % steps.length]));
	}
	return root;
}

const builtIns: Json[] = readdirSync(join(ROOT, 'exercises'))
	.filter((name) => name.endsWith('.json') && name !== 'schema.json')
	.map((name) => JSON.parse(readFileSync(join(ROOT, 'exercises', name), 'utf8')) as Json);

const interestingKey = fc.oneof(
	fc.constantFrom(
		'__proto__',
		'constructor',
		'prompt',
		'type',
		'min',
		'max',
		'default',
		'when',
		'rerate',
		'steps',
		'id',
		'labels',
		'options',
		'format',
	),
	fc.string({maxLength: 8}),
);
const interestingValue = fc.oneof(
	fc.jsonValue({maxDepth: 3}),
	fc.constantFrom(
		'feel',
		'emotions',
		'mood',
		'scale',
		'emotions',
		'multi-select',
		'text',
		'info',
		0,
		1,
		10,
		11,
		-1,
		2,
		1e9,
		0.5,
		'',
		null,
		true,
	),
	fc.record(
		{step: fc.constantFrom('feel', 'mood', 'emotions', 'intro', 'pick', 'many', 'nope'), gte: fc.integer({min: -2, max: 12})},
		{requiredKeys: ['step']},
	),
	fc.record(
		{
			step: fc.constantFrom('feel', 'pick', 'many', 'items', 'traps'),
			eq: fc.constantFrom('a', 'x', 1),
			includes: fc.constantFrom('x', 'mind-reading', 'z'),
		},
		{requiredKeys: []},
	),
);
const mutation: fc.Arbitrary<Mutation> = fc.record({
	pick: fc.nat(),
	op: fc.constantFrom('set', 'delete', 'add-key', 'copy-step'),
	key: interestingKey,
	value: interestingValue,
});

/** What a valid exercise must satisfy, checked independently of the validator's own code. */
function expectSound(exercise: Exercise): void {
	const ids = exercise.steps.map((step) => step.id);
	expect(new Set(ids).size).toBe(ids.length);
	exercise.steps.forEach((step, index) => {
		expect(step.id).toMatch(/^[a-z0-9-]+$/);
		if (step.when) expect(ids.slice(0, index)).toContain(step.when.step);
		if (step.type === 'scale') {
			expect(step.min).toBeLessThan(step.max);
			if (step.default !== undefined) expect(step.default >= step.min && step.default <= step.max).toBe(true);
		}
		if (step.type === 'emotions' && step.rerate !== undefined) {
			const target = exercise.steps.slice(0, index).find((earlier) => earlier.id === step.rerate);
			expect(target?.type).toBe('emotions');
		}
	});
	// The result is plain data, and checking it again changes nothing.
	expect(JSON.parse(JSON.stringify(exercise))).toEqual(exercise);
	expect(validateExercise(exercise, 'f.json')).toEqual({ok: true, exercise});
}

describe('validateExercise properties', () => {
	it('never throws on any JSON value, and every problem says where it is', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = validateExercise(value, 'f.json');
				if (result.ok) expectSound(result.exercise);
				else expectWellFormed(result.problems);
			}),
			{numRuns: 500},
		);
	});

	it('never throws on mutated valid exercises; accepts only sound ones; every problem says where it is', () => {
		fc.assert(
			fc.property(fc.constantFrom(sampleExercise(), ...builtIns), fc.array(mutation, {minLength: 1, maxLength: 4}), (base, mutations) => {
				let value: Json = structuredClone(base);
				for (const change of mutations) value = mutate(value, change);
				const result = validateExercise(value, 'f.json');
				if (result.ok) expectSound(result.exercise);
				else expectWellFormed(result.problems);
			}),
			{numRuns: 1000},
		);
	});

	it('never throws on any bytes', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.uint8Array({maxLength: 200}),
					fc.string().map((text) => new TextEncoder().encode(text)),
				),
				(bytes) => {
					const result = parseExerciseFile(bytes, 'f.json');
					if (!result.ok) for (const problem of result.problems) expect(problem.startsWith('f.json: ')).toBe(true);
				},
			),
			{numRuns: 500},
		);
	});
});
