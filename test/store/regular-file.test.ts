import {closeSync, mkdtempSync, openSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {readRegularFile, readToEnd} from '../../src/store/regular-file.js';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'cope-regular-'));
});
afterEach(() => rmSync(dir, {recursive: true, force: true}));

describe('reading a whole file', () => {
	it('reads every byte of a file larger than one read, and of an empty one', () => {
		const bytes = Buffer.alloc(3 * (1 << 20) + 7);
		for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 251;
		writeFileSync(join(dir, 'big'), bytes);
		expect(readRegularFile(join(dir, 'big')).equals(bytes)).toBe(true);
		writeFileSync(join(dir, 'empty'), '');
		expect(readRegularFile(join(dir, 'empty')).length).toBe(0);
	});

	it('reads from a position to the end, and what was written after it began', () => {
		const path = join(dir, 'file');
		writeFileSync(path, 'first line\nsecond line\n');
		const fd = openSync(path, 'r');
		try {
			expect(readToEnd(fd, 11).toString()).toBe('second line\n');
			writeFileSync(path, 'first line\nsecond line\nthird line\n');
			expect(readToEnd(fd, 11).toString()).toBe('second line\nthird line\n');
			expect(readToEnd(fd, 100).length).toBe(0);
		} finally {
			closeSync(fd);
		}
	});
});
