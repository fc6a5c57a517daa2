/**
 * Turns zod's issues into problems a person can act on: the JSON path, what that
 * place in the file expects (from the schema's own phrases), and what it holds.
 */
import * as z from 'zod';
import {expectations, exerciseSchema} from './schema.js';
import {closest} from '../closest.js';
import {expectedGot, isRecord, own, type Path, type Problem, valueAt} from './wording.js';

/** The schema that applies at `path`, following the step's `type` where steps differ. */
function schemaAt(root: unknown, path: Path): z.ZodType | undefined {
	let schema: z.ZodType | undefined = exerciseSchema;
	let value = root;
	for (const segment of path) {
		schema = stepInto(unwrap(schema), value);
		if (schema instanceof z.ZodObject && typeof segment === 'string') {
			schema = Object.hasOwn(schema.shape, segment) ? (schema.shape as Record<string, z.ZodType>)[segment] : undefined;
		} else if (schema instanceof z.ZodArray && typeof segment === 'number') {
			schema = schema.element as z.ZodType;
		} else if (schema instanceof z.ZodRecord && typeof segment === 'string') {
			schema = schema.valueType as z.ZodType;
		} else {
			return undefined;
		}
		value = own(value, segment);
	}
	return stepInto(unwrap(schema), value);
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
	return schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
}

/** For a union of step shapes, the one named by the value's `type`, if any. */
function stepInto(schema: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
	if (!(schema instanceof z.ZodDiscriminatedUnion)) return schema;
	const type = own(value, schema.def.discriminator);
	return (
		(schema.options as z.ZodType[]).find(
			(option) =>
				option instanceof z.ZodObject &&
				(option.shape as Record<string, z.ZodType>)['type']?.def.type === 'literal' &&
				(option.shape['type'] as z.ZodLiteral).value === type,
		) ?? schema
	);
}

function expectedAt(root: unknown, path: Path): string {
	const schema = schemaAt(root, path);
	if (schema === undefined) return 'something else';
	const phrase = expectations.get(schema)?.expected;
	if (phrase !== undefined) return phrase;
	if (schema instanceof z.ZodLiteral) return JSON.stringify(schema.value);
	return 'something else';
}

/** Keys a strict object at `path` accepts, for "did you mean" and the list of keys. */
function knownKeys(root: unknown, path: Path): string[] {
	const schema = schemaAt(root, path);
	return schema instanceof z.ZodObject ? Object.keys(schema.shape as object) : [];
}

/**
 * Where an expectation depends on another field (a scale's max on its min), the
 * wording says so, as the rules in rules.ts do when both fields are numbers.
 */
function expectedInContext(root: unknown, path: Path): string | undefined {
	const key = path.at(-1);
	const step = valueAt(root, path.slice(0, -1));
	if (path.length !== 3 || path[0] !== 'steps' || !isRecord(step)) return undefined;
	const min = own(step, 'min');
	const max = own(step, 'max');
	const type = own(step, 'type');
	if (type === 'scale' && key === 'max' && Number.isInteger(min)) return `an integer greater than min (${String(min)})`;
	if (type === 'scale' && key === 'default' && Number.isInteger(min) && Number.isInteger(max))
		return `an integer from min to max (${String(min)} to ${String(max)})`;
	if ((type === 'multi-select' || type === 'list') && key === 'max' && Number.isInteger(min))
		return `an integer no less than min (${String(min)})`;
	return undefined;
}

const STEP_TYPE_LIST = (options: readonly unknown[]): string => options.map((option) => String(option)).join(', ');

export function problemsFromIssues(root: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
	const problems: Problem[] = [];
	for (const issue of issues) {
		const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
		const value = valueAt(root, path);
		switch (issue.code) {
			case 'unrecognized_keys': {
				const known = knownKeys(root, path);
				for (const key of issue.keys) {
					const guess = closest(key, known);
					const message = guess === undefined ? `unknown key; expected only ${known.join(', ')}` : `unknown key; did you mean "${guess}"?`;
					problems.push({path: [...path, key], message});
				}
				break;
			}
			case 'invalid_union': {
				// A step whose `type` is not one cope knows (zod names the discriminator).
				const options = 'options' in issue ? issue.options : undefined;
				const expected =
					issue.discriminator !== undefined && options !== undefined ? `one of ${STEP_TYPE_LIST(options)}` : expectedAt(root, path);
				problems.push({path, message: expectedGot(expected, value)});
				break;
			}
			case 'custom':
				problems.push({path, message: issue.message});
				break;
			default: {
				const expected = (issue.code === 'invalid_type' ? expectedInContext(root, path) : undefined) ?? expectedAt(root, path);
				problems.push({path, message: expectedGot(expected, value)});
			}
		}
	}
	return problems;
}
