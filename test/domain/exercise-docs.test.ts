import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {describeSteps} from '../../src/domain/exercise/describe.js';
import {validateExercise} from '../../src/domain/exercise/validate.js';
import {ROOT} from '../helpers/cli.js';

describe('docs/exercise-format.md', () => {
	it('shows a complete example that cope accepts', () => {
		const docs = readFileSync(join(ROOT, 'docs', 'exercise-format.md'), 'utf8');
		const examples = [...docs.matchAll(/<!-- example: [^>]*-->\n```json\n([\s\S]*?)\n```/g)].map((match) => match[1] as string);
		expect(examples).toHaveLength(2);
		const steps = [6, 5];
		examples.forEach((example, index) => {
			const result = validateExercise(JSON.parse(example) as unknown, 'example.json');
			expect(result.ok ? [] : result.problems).toEqual([]);
			if (result.ok) expect(describeSteps(result.exercise).length).toBe(steps[index]);
		});
		// The behavioural-activation example is the one the tests run (test/fixtures/activity-energy.json).
		expect(`${examples[1]}\n`).toBe(readFileSync(join(ROOT, 'test', 'fixtures', 'activity-energy.json'), 'utf8'));
	});
});
