import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {findJsonError} from '../../src/domain/syntax-error.js';
import {makeHome, runCope} from '../helpers/cli.js';

/* Issue #9, reproduction 11: an import's error names the line, the column and what was expected, never the person's words. */

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

const PRIVATE = 'Today I told my therapist';

describe('import errors never quote the file', () => {
	const cases: Array<[string, string, string, RegExp]> = [
		[
			'jrnl JSON',
			'jrnl',
			`{"entries": [\n  {"title": "${PRIVATE} "about it" ok", "body": ""}\n]}`,
			/line 2, column \d+: expected ',' or '}'/,
		],
		[
			'cope export',
			'cope',
			`{"format":"cope-export","version":1,"entries":[\n{"v":1,"values":{"text":"${PRIVATE} "x"}}]}`,
			/line 2, column \d+: expected ',' or '}'/,
		],
		[
			'Daylio CSV',
			'daylio',
			`full_date,date,weekday,time,mood,activities,note_title,note\n2024-01-02,January 2,Tuesday,10:00,good,,"","${PRIVATE} "x" more"\n`,
			/line 2, column 8: expected a comma or the end of the line after a closing quote/,
		],
	];
	for (const [name, from, text, where] of cases) {
		it(`${name}: line and column, no words`, () => {
			const file = join(home, '..', 'broken.txt');
			writeFileSync(file, text);
			const result = runCope(['import', file, '--from', from], {home});
			expect(result.code).toBe(2);
			expect(result.stderr).toMatch(where);
			expect(result.stderr).not.toContain('therapist');
			expect(result.stderr).not.toContain('Today');
		});
	}

	it('finds the first error of any JSON, and none in valid JSON', () => {
		for (const valid of ['{}', '[]', ' {"a": [1, -2.5e3, true, null, "x\\n\\u00e9"]} ', '"s"'])
			expect(findJsonError(valid), valid).toBeUndefined();
		expect(findJsonError('{"a" 1}')).toEqual({line: 1, column: 6, expected: "':'"});
		expect(findJsonError('[1,\n2,,3]')).toMatchObject({line: 2, column: 3});
		expect(findJsonError('{"a": "open')).toMatchObject({expected: 'a closing quote (")'});
		expect(findJsonError('{} x')).toMatchObject({expected: 'the end of the text'});
		expect(findJsonError('')).toMatchObject({line: 1, column: 1});
	});
});
