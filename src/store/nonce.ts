/**
 * A short random tag for temp-file names and lock tokens: unique enough beside the
 * pid, not a secret. Math.random rather than node:crypto, whose first use costs
 * a few milliseconds on the fast paths' start.
 */
export function nonce(length = 8): string {
	let text = '';
	while (text.length < length)
		text += Math.floor(Math.random() * 0x1_0000_0000)
			.toString(16)
			.padStart(8, '0');
	return text.slice(0, length);
}
