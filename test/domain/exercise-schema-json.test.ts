import {readFileSync} from 'node:fs';
import {join} from 'node:path';
// ajv comes with conf (a dependency); here it checks schema.json the way an editor would.
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {exerciseJsonSchemaText} from '../../src/domain/exercise/json-schema.js';
import {exerciseSchema} from '../../src/domain/exercise/schema.js';
import {validateExercise} from '../../src/domain/exercise/validate.js';
import {ROOT} from '../helpers/cli.js';
import {sampleExercise} from '../helpers/exercise.js';

const schemaPath = join(ROOT, 'exercises', 'schema.json');

describe('exercises/schema.json', () => {
	it('is exactly what the zod schema generates (run `npm run schema` after changing it)', () => {
		expect(readFileSync(schemaPath, 'utf8')).toBe(exerciseJsonSchemaText());
	});

	it('is a valid draft 2020-12 JSON Schema that agrees with cope', () => {
		// (ajv counts string lengths in code points, zod in UTF-16 units: the generated
		// strings here are ASCII, where the two agree.)
		const ajv = new Ajv2020({allErrors: true, allowUnionTypes: true});
		const check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
		const builtIns = ['mood-log', 'journal', 'thought-record'].map(
			(id) => JSON.parse(readFileSync(join(ROOT, 'exercises', `${id}.json`), 'utf8')) as unknown,
		);
		for (const exercise of [sampleExercise(), ...builtIns]) expect(check(exercise), JSON.stringify(check.errors)).toBe(true);

		// An editor never flags a file cope accepts, and flags every file whose shape cope refuses.
		const anyChange = fc.record({
			key: fc.constantFrom('title', 'minutes', 'kind', 'steps', 'format', 'extra'),
			value: fc.jsonValue({maxDepth: 2}),
		});
		const stepChange = fc.record({
			index: fc.nat({max: 7}),
			key: fc.constantFrom('id', 'type', 'prompt', 'min', 'max', 'options', 'phases', 'rounds', 'when', 'labels', 'unknown'),
			value: fc.jsonValue({maxDepth: 2}),
		});
		fc.assert(
			fc.property(fc.option(anyChange), fc.option(stepChange), (change, stepEdit) => {
				const exercise: Record<string, unknown> = sampleExercise();
				if (stepEdit) {
					const steps = exercise['steps'] as Array<Record<string, unknown>>;
					(steps[stepEdit.index] as Record<string, unknown>)[stepEdit.key] = stepEdit.value;
				}
				if (change) exercise[change.key] = change.value;
				if (validateExercise(exercise, 'f.json').ok) expect(check(exercise)).toBe(true);
				if (!exerciseSchema.safeParse(exercise).success) expect(check(exercise)).toBe(false);
			}),
			{numRuns: 300},
		);
	});
});
