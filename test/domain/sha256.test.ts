import {createHash} from 'node:crypto';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sha256Base64url} from '../../src/domain/sha256.js';

const node = (text: string): string => createHash('sha256').update(text).digest('base64url');

describe('sha256Base64url', () => {
	it('gives the same as node:crypto, at every length around a block edge', () => {
		for (let length = 0; length < 200; length++) expect(sha256Base64url('a'.repeat(length)), String(length)).toBe(node('a'.repeat(length)));
		expect(sha256Base64url('')).toBe('47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU');
	});

	it('gives the same as node:crypto for any text, emoji and other scripts included', () => {
		fc.assert(fc.property(fc.string({unit: 'grapheme', maxLength: 300}), (text) => sha256Base64url(text) === node(text)));
	});
});
