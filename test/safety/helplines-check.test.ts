import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {HELPLINES} from '../../src/safety/helplines.js';

/**
 * data/helplines.json and docs/helplines-check.md cannot disagree: every line (and
 * emergency number, and directory) has a row in the check document with the same
 * numbers and date and at least one cited page, and every row there is in the data.
 */
interface Row {
	country: string;
	line: string;
	numbers: string[];
	checked: string;
	evidence: string;
}

const DOC = readFileSync(join(import.meta.dirname, '../../docs/helplines-check.md'), 'utf8');

function rows(doc: string): Row[] {
	const table = doc.slice(doc.indexOf('| country | line | numbers |'));
	return table
		.split('\n')
		.slice(2)
		.filter((line) => line.startsWith('| '))
		.map((line) => {
			const cells = line
				.slice(1, -1)
				.split(' | ')
				.map((cell) => cell.trim());
			const [country = '', name = '', numbers = '', checked = '', , evidence = ''] = cells;
			return {country, line: name, numbers: [...numbers.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''), checked, evidence};
		});
}

interface Expected {
	key: string;
	numbers: string[];
	checked: string;
}

function fromData(): Expected[] {
	const expected: Expected[] = [];
	for (const [code, country] of Object.entries(HELPLINES.countries)) {
		for (const line of country.lines) {
			const numbers = [...(line.call ?? [])];
			if (line.text !== undefined && !numbers.includes(line.text)) numbers.push(line.text);
			expected.push({key: `${code} ${line.name}`, numbers, checked: line.checked});
		}
		expected.push({key: `${code} Emergency`, numbers: country.emergency.split(' or '), checked: ''});
	}
	for (const directory of HELPLINES.directories) {
		expected.push({
			key: `— ${directory.name}`,
			numbers: [directory.url.replace(/^https?:\/\//, '').replace(/\/$/, '')],
			checked: directory.checked,
		});
	}
	return expected;
}

describe('the helplines check document agrees with the data', () => {
	const table = rows(DOC);
	const byKey = new Map(table.map((row) => [`${row.country} ${row.line}`, row]));

	it('has a table to read', () => {
		expect(table.length).toBeGreaterThan(20);
	});

	it('has a row for every line, with its numbers, its date and a cited page', () => {
		for (const line of fromData()) {
			const row = byKey.get(line.key);
			expect(row, `no row in docs/helplines-check.md for ${line.key}`).toBeDefined();
			if (!row) continue;
			expect(row.numbers, line.key).toEqual(line.numbers);
			if (line.checked !== '') expect(row.checked, line.key).toBe(line.checked);
			expect(row.checked, line.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(row.evidence, line.key).toMatch(/https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
		}
	});

	it('has no row for a line the data does not have', () => {
		const keys = new Set(fromData().map((line) => line.key));
		for (const row of table)
			expect(
				keys.has(`${row.country} ${row.line}`),
				`docs/helplines-check.md lists ${row.country} ${row.line}, which data/helplines.json does not have`,
			).toBe(true);
		expect(table.length).toBe(keys.size);
	});

	it('the lines re-checked on 2026-11-29 carry what the check found', () => {
		const nl = HELPLINES.countries['NL']?.lines[0];
		expect(nl).toMatchObject({call: ['113', '0800-0113'], free: true, checked: '2026-11-29'});
		expect(nl?.note).toBeUndefined();
		expect(HELPLINES.countries['AU']?.lines.find((line) => line.name === 'Beyond Blue')).toMatchObject({free: true, hours: '24/7'});
		expect(HELPLINES.countries['DE']?.lines[0]?.call).toContain('116 123');
		expect(HELPLINES.countries['DE']?.lines[1]?.hours).toBe('Mon–Sat 14:00–20:00, and Mon, Wed, Thu 10:00–12:00');
	});
});
