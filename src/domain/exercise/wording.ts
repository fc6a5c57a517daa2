/**
 * How a problem in an exercise file is put into words:
 * `my.json: steps[3].max: expected an integer greater than min (0), got "ten"`.
 * Where in the file (a JSON path), what was expected, what was found.
 */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export interface Problem {
	path: Path;
	/** `expected …, got …`, or another plain sentence about what is wrong there. */
	message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `steps[3].max`, `steps[0].labels["10"]`; the root is "top level". */
export function renderPath(path: Path): string {
	if (path.length === 0) return 'top level';
	let text = '';
	for (const segment of path) {
		if (typeof segment === 'number') text += `[${segment}]`;
		else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
		else text += `[${JSON.stringify(segment)}]`;
	}
	return text;
}

const MAX_SHOWN = 40;

/** What was found, briefly: `"ten"`, `12`, `a list`, `an object`, `nothing`. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') {
		const chars = [...value];
		return chars.length > MAX_SHOWN
			? `${JSON.stringify(chars.slice(0, MAX_SHOWN - 1).join(''))}… (${chars.length} characters)`
			: JSON.stringify(value);
	}
	return String(value);
}

/** `expected X, got Y`, or `expected X, but it is missing`. */
export function expectedGot(expected: string, value: unknown): string {
	return value === undefined ? `expected ${expected}, but it is missing` : `expected ${expected}, got ${describeValue(value)}`;
}

export function problemText(fileName: string, problem: Problem): string {
	return `${fileName}: ${renderPath(problem.path)}: ${problem.message}`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property of parsed JSON, only if it is the object's own (never from a prototype). */
export function own(value: unknown, key: PathSegment): unknown {
	if (typeof key === 'number') return Array.isArray(value) ? value[key] : undefined;
	return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The value at `path` in parsed JSON, or undefined. */
export function valueAt(root: unknown, path: Path): unknown {
	let value = root;
	for (const segment of path) value = own(value, segment);
	return value;
}
