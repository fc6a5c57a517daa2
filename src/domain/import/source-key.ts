import {sha256Base64url} from '../sha256.js';

/**
 * A stable key for an imported record: the same record in the same file (or in a
 * later export from the same app) always gives the same key, so a re-import adds
 * nothing. The parts are hashed, never stored, so the key holds no words.
 */
export function sourceKey(parts: ReadonlyArray<string | number>): string {
	return sha256Base64url(JSON.stringify(parts)).slice(0, 32);
}

/**
 * Numbers records whose content is identical (0, 1, 2, ... in file order), so that
 * two identical rows stay two entries and a re-import still matches each one.
 */
export function occurrenceCounter(): (content: string) => number {
	const seen = new Map<string, number>();
	return (content) => {
		const count = seen.get(content) ?? 0;
		seen.set(content, count + 1);
		return count;
	};
}
