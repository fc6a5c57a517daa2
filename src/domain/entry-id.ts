/**
 * Entry ids are ULIDs (https://github.com/ulid/spec): 26 characters of Crockford's
 * base 32, the first 10 the time in milliseconds, the other 16 random. They sort by
 * time, and ids made in the same millisecond by one maker still sort in the order
 * they were made (the random part of the last one, plus one).
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;

/** A function that makes ids; `random` gives numbers in [0, 1) (they need to be unique, not secret). */
export type IdMaker = (time: Date) => string;

export function entryIdMaker(random: () => number): IdMaker {
	let lastTime = -1;
	let lastRandom: number[] = [];
	return (date) => {
		const time = Math.max(0, Math.floor(date.getTime()));
		if (time <= lastTime) {
			increment(lastRandom);
		} else {
			lastTime = time;
			lastRandom = Array.from({length: RANDOM_CHARS}, () => Math.floor(random() * 32) % 32);
		}
		let encoded = '';
		for (let rest = lastTime, i = 0; i < TIME_CHARS; i++, rest = Math.floor(rest / 32)) encoded = ALPHABET[rest % 32] + encoded;
		return encoded + lastRandom.map((digit) => ALPHABET[digit]).join('');
	};
}

/** Adds one to a number written as base-32 digits (wrapping to zero after all 31s). */
function increment(digits: number[]): void {
	for (let i = digits.length - 1; i >= 0; i--) {
		const digit = (digits[i] as number) + 1;
		digits[i] = digit % 32;
		if (digit < 32) return;
	}
}
