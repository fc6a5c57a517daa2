/**
 * Where a file stops being valid JSON or CSV, and what was expected there, without
 * a word of its content: an import's error names the line and column, never the
 * person's writing (the messages of JSON.parse and csv-parse quote it).
 */
export interface SyntaxSpot {
	line: number;
	column: number;
	expected: string;
}

/** "line 3, column 17: expected ',' or '}'" */
export function describeSpot(spot: SyntaxSpot): string {
	return `line ${spot.line}, column ${spot.column}: expected ${spot.expected}`;
}

class Stop extends Error {
	constructor(
		readonly at: number,
		readonly expected: string,
	) {
		super(expected);
	}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Finds the first place `text` is not JSON; undefined if it is valid JSON. */
export function findJsonError(text: string): SyntaxSpot | undefined {
	let at = 0;
	const skip = (): void => {
		while (at < text.length && WHITESPACE.has(text[at] as string)) at++;
	};
	const expect = (char: string, what: string): void => {
		if (text[at] !== char) throw new Stop(at, what);
		at++;
	};
	const string = (what: string): void => {
		expect('"', what);
		for (;;) {
			if (at >= text.length) throw new Stop(at, 'a closing quote (")');
			const char = text[at] as string;
			if (char === '"') {
				at++;
				return;
			}
			if (char < ' ') throw new Stop(at, 'no line break or control character inside a string (write \\n)');
			if (char === '\\') {
				const next = text[at + 1];
				if (next === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) throw new Stop(at, 'four hex digits after \\u');
					at += 6;
					continue;
				}
				if (next === undefined || !'"\\/bfnrt'.includes(next)) throw new Stop(at, 'a valid escape (\\", \\\\, \\n, …)');
				at += 2;
				continue;
			}
			at++;
		}
	};
	const number = (): void => {
		const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
		if (!match || match[0] === '-' || match[0] === '') throw new Stop(at, 'a number');
		at += match[0].length;
	};
	const value = (depth: number): void => {
		if (depth > 500) throw new Stop(at, 'less deeply nested data');
		skip();
		const char = text[at];
		if (char === '{') {
			at++;
			skip();
			if (text[at] === '}') {
				at++;
				return;
			}
			for (;;) {
				skip();
				string('a key in double quotes');
				skip();
				expect(':', "':'");
				value(depth + 1);
				skip();
				if (text[at] === ',') {
					at++;
					continue;
				}
				expect('}', "',' or '}'");
				return;
			}
		}
		if (char === '[') {
			at++;
			skip();
			if (text[at] === ']') {
				at++;
				return;
			}
			for (;;) {
				value(depth + 1);
				skip();
				if (text[at] === ',') {
					at++;
					continue;
				}
				expect(']', "',' or ']'");
				return;
			}
		}
		if (char === '"') return string('a value');
		for (const word of ['true', 'false', 'null']) {
			if (text.startsWith(word, at)) {
				at += word.length;
				return;
			}
		}
		if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return number();
		throw new Stop(
			at,
			at >= text.length ? 'more (the text ends too soon)' : 'a value (an object, a list, a string, a number, true, false or null)',
		);
	};
	try {
		value(0);
		skip();
		if (at < text.length) throw new Stop(at, 'the end of the text');
		return undefined;
	} catch (error) {
		if (!(error instanceof Stop)) return {line: 1, column: 1, expected: 'valid JSON'};
		return {...lineAndColumn(text, error.at), expected: error.expected};
	}
}

export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
	let line = 1;
	let start = 0;
	for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
		line++;
		start = index + 1;
	}
	return {line, column: offset - start + 1};
}

const CSV_EXPECTED: Record<string, string> = {
	CSV_INVALID_CLOSING_QUOTE: 'a comma or the end of the line after a closing quote (a quote inside a quoted field is written twice: "")',
	CSV_QUOTE_NOT_CLOSED: 'a closing quote for the field that starts here',
	INVALID_OPENING_QUOTE: 'a quote only at the start of a field',
	CSV_INVALID_OPENING_QUOTE: 'a quote only at the start of a field',
	CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the same number of fields as the header',
	CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a comma or the end of the line after a closing quote',
};

/** Where csv-parse stopped (its error carries the line and the field), and what it expected, without its message (which quotes the field). */
export function csvErrorSpot(error: unknown): SyntaxSpot {
	const record = (error ?? {}) as {code?: unknown; lines?: unknown; index?: unknown};
	const line = typeof record.lines === 'number' && record.lines > 0 ? record.lines : 1;
	const column = typeof record.index === 'number' ? record.index + 1 : 1;
	return {line, column, expected: (typeof record.code === 'string' ? CSV_EXPECTED[record.code] : undefined) ?? 'a well-formed CSV row'};
}
