/**
 * The rules that compare one field with another: unique ids, min below max,
 * conditions and re-ratings that point back to earlier steps of the right type.
 *
 * They read the raw parsed JSON, defensively, so that they still report alongside
 * the schema's problems; a field the schema already rejects is simply skipped here.
 */
import type {StepKind} from '../../steps/kind.js';
import {allKinds, kindByType} from '../../steps/registry.js';
import {quotedIds} from './quote.js';
import {expectedGot, isRecord, own, type Path, type Problem} from './wording.js';

type Raw = Record<string, unknown>;

const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isString = (value: unknown): value is string => typeof value === 'string';

const ARTICLE: Record<string, string> = {info: 'an info', emotions: 'an emotions'};
/** `a scale step`, `an emotions step` */
function kindOf(step: Raw): string {
	const type = own(step, 'type');
	return isString(type) ? `${ARTICLE[type] ?? `a ${type}`} step` : 'a step';
}

export function crossFieldProblems(root: unknown): Problem[] {
	const steps = own(root, 'steps');
	if (!Array.isArray(steps)) return [];
	// Where each id first appears, for "earlier step" and "comes later" in one pass.
	const firstIndex = new Map<string, number>();
	steps.forEach((step: unknown, index) => {
		const id = own(step, 'id');
		if (isString(id) && !firstIndex.has(id)) firstIndex.set(id, index);
	});
	const problems: Problem[] = [];
	const earlier = new Map<string, Raw>();
	steps.forEach((step: unknown, index) => {
		if (!isRecord(step)) return;
		const at = (...rest: Array<string | number>): Path => ['steps', index, ...rest];
		const id = own(step, 'id');
		const first = isString(id) ? firstIndex.get(id) : undefined;
		if (isString(id) && first !== undefined && first < index) {
			problems.push({path: at('id'), message: `${expectedGot('an id no other step has', id)} (steps[${first}] has it too)`});
		}
		const notEarlier = (target: string): string => {
			const position = firstIndex.get(target);
			if (position === undefined) return ' (no step has that id)';
			return position === index ? ' (that is this step)' : ` (that step comes later, at steps[${position}])`;
		};
		problems.push(...rangeProblems(step, at), ...optionProblems(step, at), ...suggestionProblems(step, at));
		problems.push(...whenProblems(own(step, 'when'), earlier, notEarlier, at));
		problems.push(...quoteProblems(step, earlier, notEarlier, at));
		const rerate = own(step, 'rerate');
		const type = own(step, 'type');
		if ((type === 'emotions' || type === 'scale') && isString(rerate)) {
			const expected = `the id of an earlier ${type} step`;
			const target = earlier.get(rerate);
			if (target === undefined) problems.push({path: at('rerate'), message: `${expectedGot(expected, rerate)}${notEarlier(rerate)}`});
			else if (own(target, 'type') !== type)
				problems.push({path: at('rerate'), message: `${expectedGot(expected, rerate)} (${kindOf(target)})`});
			else if (type === 'scale') problems.push(...rerateScaleProblems(step, target, rerate, at));
		}
		if (isString(id) && first === index) earlier.set(id, step);
	});
	return problems;
}

function rangeProblems(step: Raw, at: (...rest: Array<string | number>) => Path): Problem[] {
	const problems: Problem[] = [];
	const type = own(step, 'type');
	const min = own(step, 'min');
	const max = own(step, 'max');
	if (type === 'scale') {
		if (isInteger(min) && isInteger(max) && max <= min)
			problems.push({path: at('max'), message: expectedGot(`an integer greater than min (${min})`, max)});
		const range = isInteger(min) && isInteger(max) && min < max ? {min, max} : undefined;
		const fallback = own(step, 'default');
		if (range && isInteger(fallback) && (fallback < range.min || fallback > range.max)) {
			problems.push({path: at('default'), message: expectedGot(`an integer from min to max (${range.min} to ${range.max})`, fallback)});
		}
		const labels = own(step, 'labels');
		if (isRecord(labels)) {
			for (const key of Object.keys(labels)) {
				const value = /^-?\d+$/.test(key) ? Number(key) : Number.NaN;
				const canonical = String(value) === key;
				const inRange = range === undefined || (value >= range.min && value <= range.max);
				if (!canonical || !inRange) {
					const expected =
						range === undefined
							? 'a key that is an integer, like "0"'
							: `a key that is an integer from min to max (${range.min} to ${range.max})`;
					problems.push({path: at('labels', key), message: expectedGot(expected, key)});
				}
			}
		}
	}
	if ((type === 'multi-select' || type === 'list') && isInteger(min) && isInteger(max) && max < min) {
		problems.push({path: at('max'), message: expectedGot(`an integer no less than min (${min})`, max)});
	}
	const options = own(step, 'options');
	if (type === 'multi-select' && Array.isArray(options) && options.length > 0) {
		for (const key of ['min', 'max'] as const) {
			const limit = own(step, key);
			if (isInteger(limit) && limit > options.length) {
				problems.push({path: at(key), message: expectedGot(`at most the number of options (${options.length})`, limit)});
			}
		}
	}
	return problems;
}

function optionProblems(step: Raw, at: (...rest: Array<string | number>) => Path): Problem[] {
	const options = own(step, 'options');
	if (!Array.isArray(options)) return [];
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	options.forEach((option: unknown, index) => {
		const value = own(option, 'value');
		if (!isString(value)) return;
		const first = seen.get(value);
		if (first === undefined) seen.set(value, index);
		else
			problems.push({
				path: at('options', index, 'value'),
				message: `${expectedGot('a value no other option has', value)} (options[${first}] has it too)`,
			});
	});
	return problems;
}

function suggestionProblems(step: Raw, at: (...rest: Array<string | number>) => Path): Problem[] {
	const suggestions = own(step, 'suggestions');
	if (!Array.isArray(suggestions)) return [];
	const problems: Problem[] = [];
	const seen = new Map<string, number>();
	suggestions.forEach((name: unknown, index) => {
		if (!isString(name)) return;
		const key = name.trim().toLowerCase();
		const first = seen.get(key);
		if (first === undefined) seen.set(key, index);
		else
			problems.push({
				path: at('suggestions', index),
				message: `${expectedGot('a feeling not already suggested', name)} (suggestions[${first}] has it)`,
			});
	});
	return problems;
}

/**
 * A scale that re-rates another rates the same thing again: the same range, and the
 * earlier step's metric (it may not name another, or reports would split one series).
 */
function rerateScaleProblems(step: Raw, target: Raw, targetId: string, at: (...rest: Array<string | number>) => Path): Problem[] {
	const problems: Problem[] = [];
	for (const key of ['min', 'max'] as const) {
		const mine = own(step, key);
		const theirs = own(target, key);
		if (isInteger(mine) && isInteger(theirs) && mine !== theirs)
			problems.push({path: at(key), message: expectedGot(`${theirs}, the ${key} of "${targetId}" that this step re-rates`, mine)});
	}
	const metric = own(step, 'metric');
	const theirs = own(target, 'metric');
	if (isString(metric) && metric !== theirs) {
		const expected = isString(theirs)
			? `no metric (a re-rating is recorded as "${theirs}", the metric of "${targetId}")`
			: `no metric (a re-rating takes the metric of "${targetId}"; name it there)`;
		problems.push({path: at('metric'), message: expectedGot(expected, metric)});
	}
	return problems;
}

const COMPARATORS = ['gte', 'lte', 'eq', 'includes', 'lowerThan', 'notLowerThan'] as const;

function whenProblems(
	when: unknown,
	earlier: ReadonlyMap<string, Raw>,
	notEarlier: (id: string) => string,
	at: (...rest: Array<string | number>) => Path,
): Problem[] {
	if (!isRecord(when)) return [];
	const present = COMPARATORS.filter((key) => Object.hasOwn(when, key));
	if (present.length !== 1) {
		const got = present.length === 0 ? 'none' : present.join(' and ');
		return [{path: at('when'), message: `expected exactly one of ${COMPARATORS.join(', ')}, got ${got}`}];
	}
	const target = own(when, 'step');
	if (!isString(target)) return [];
	const step = earlier.get(target);
	if (step === undefined)
		return [{path: at('when', 'step'), message: `${expectedGot('the id of an earlier step', target)}${notEarlier(target)}`}];
	const comparator = present[0] as (typeof COMPARATORS)[number];
	const value = own(when, comparator);
	const type = own(step, 'type');
	const path = at('when', comparator);
	const can = kindByType(type)?.conditions ?? {};
	const named = (test: (kind: StepKind) => boolean): string =>
		listed(
			allKinds()
				.filter(test)
				.map((kind) => kind.type),
		);
	if (comparator === 'gte' || comparator === 'lte') {
		if (!can.compare)
			return [
				{
					path,
					message: `expected "${target}" to be ${named((kind) => kind.conditions.compare === true)} step to compare with ${comparator}, got ${kindOf(step)}`,
				},
			];
		const min = own(step, 'min');
		const max = own(step, 'max');
		if (typeof value === 'number' && isInteger(min) && isInteger(max) && (value < min || value > max)) {
			return [{path, message: expectedGot(`a number from ${min} to ${max} (the range of "${target}")`, value)}];
		}
		return [];
	}
	if (comparator === 'lowerThan' || comparator === 'notLowerThan') {
		if (type !== 'scale')
			return [{path, message: `expected "${target}" to be a scale step to compare with ${comparator}, got ${kindOf(step)}`}];
		if (!isString(value)) return [];
		const other = earlier.get(value);
		if (other === undefined) return [{path, message: `${expectedGot('the id of an earlier scale step', value)}${notEarlier(value)}`}];
		return own(other, 'type') === 'scale'
			? []
			: [{path, message: `${expectedGot('the id of an earlier scale step', value)} (${kindOf(other)})`}];
	}
	if (comparator === 'includes') {
		if (!can.includes)
			return [
				{
					path,
					message: `expected "${target}" to be ${named((kind) => kind.conditions.includes !== undefined)} step to use includes, got ${kindOf(step)}`,
				},
			];
		if (can.includes === 'text' && !isString(value))
			return [{path, message: expectedGot(`text, as "${target}" is a list of texts`, value)}];
		return can.includes === 'option' ? optionValueProblem(step, value, target, path) : [];
	}
	// eq compares a single answer: text, a number or an option's value. A condition that could never hold is a mistake.
	switch (can.eq) {
		case 'text':
			return isString(value) ? [] : [{path, message: expectedGot(`text, as "${target}" is ${kindOf(step)}`, value)}];
		case 'number':
			return typeof value === 'number' ? [] : [{path, message: expectedGot(`a number, as "${target}" is ${kindOf(step)}`, value)}];
		case 'option':
			return optionValueProblem(step, value, target, path);
		default:
			if (can.includes)
				return [{path, message: `expected "${target}" to be a step with one answer to use eq, got ${kindOf(step)} (use includes)`}];
			return [
				{
					path,
					message: `expected "${target}" to be ${named((kind) => kind.conditions.eq !== undefined)} step to use eq, got ${kindOf(step)}`,
				},
			];
	}
}

/** `a scale`, `a multi-select or list`, `a text, scale, select or timer` */
function listed(types: readonly string[]): string {
	const words = types.length > 1 ? `${types.slice(0, -1).join(', ')} or ${types.at(-1)}` : (types[0] ?? '');
	return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** A condition on a select or multi-select must name one of its option values (typos matter). */
function optionValueProblem(step: Raw, value: unknown, target: string, path: Path): Problem[] {
	const options = own(step, 'options');
	if (!Array.isArray(options)) return [];
	const values = [...new Set(options.map((option) => own(option, 'value')).filter(isString))];
	if (values.length === 0 || values.includes(value as string)) return [];
	return [{path, message: expectedGot(`one of the values of "${target}" (${values.join(', ')})`, value)}];
}

/** `{step-id}` in a prompt or help quotes an answer: it must be an earlier step's, and one that has an answer. */
function quoteProblems(
	step: Raw,
	earlier: ReadonlyMap<string, Raw>,
	notEarlier: (id: string) => string,
	at: (...rest: Array<string | number>) => Path,
): Problem[] {
	const problems: Problem[] = [];
	for (const key of ['prompt', 'help'] as const) {
		const text = own(step, key);
		if (!isString(text)) continue;
		for (const id of quotedIds(text)) {
			const target = earlier.get(id);
			const expected = 'the id of an earlier step in {…} (write {{ for a brace itself)';
			if (target === undefined) problems.push({path: at(key), message: `${expectedGot(expected, `{${id}}`)}${notEarlier(id)}`});
			else if (own(target, 'type') === 'info')
				problems.push({path: at(key), message: `${expectedGot(expected, `{${id}}`)} (an info step has no answer to quote)`});
		}
	}
	return problems;
}
