import {describe, expect, it} from 'vitest';
import {entryIdMaker} from '../../src/domain/entry-id.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const decodeTime = (id: string): number => [...id.slice(0, 10)].reduce((time, char) => time * 32 + CROCKFORD.indexOf(char), 0);

describe('entry ids', () => {
	it('are ULIDs: 26 characters of base 32, the first 10 the time', () => {
		const at = new Date('2026-11-29T17:30:00.123Z');
		const id = entryIdMaker(() => 0.5)(at);
		expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(decodeTime(id)).toBe(at.getTime());
		// The known encoding of this time (the ULID spec's example tool gives the same).
		expect(entryIdMaker(() => 0)(new Date(1469918176385))).toBe('01ARYZ6S41' + '0'.repeat(16));
	});

	it('come only from the randomness they are given', () => {
		const numbers = [0.1, 0.9, 0.5];
		let i = 0;
		const random = (): number => numbers[i++ % numbers.length] as number;
		const at = new Date(2026, 10, 29);
		const first = entryIdMaker(random)(at);
		i = 0;
		expect(entryIdMaker(random)(at)).toBe(first);
	});

	it('made in the same millisecond still sort in the order they were made, each one different', () => {
		const newId = entryIdMaker(Math.random);
		const at = new Date(2026, 10, 29, 9);
		const ids = Array.from({length: 1000}, () => newId(at));
		expect(new Set(ids).size).toBe(1000);
		expect([...ids].sort()).toEqual(ids);
		// A later time sorts after, whatever its random part.
		expect(newId(new Date(at.getTime() + 1)) > (ids.at(-1) as string)).toBe(true);
	});

	it('carry the last random part over when it is all 31s', () => {
		const newId = entryIdMaker(() => 0.999999);
		const at = new Date(2026, 10, 29, 9);
		const first = newId(at);
		expect(first.slice(10)).toBe('Z'.repeat(16));
		expect(newId(at).slice(10)).toBe('0'.repeat(16));
	});
});
