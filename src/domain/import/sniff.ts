import type {ImportFormat} from './types.js';

/**
 * A guess at which format a file is in, only to suggest the right --from when the
 * one given does not fit. Never used to import.
 */
export function guessFormat(text: string): ImportFormat | undefined {
	const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4000);
	if (start.startsWith('{')) {
		if (/"format"\s*:\s*"cope-export"/.test(start)) return 'cope';
		if (/"entries"\s*:/.test(start)) return 'jrnl';
		return undefined;
	}
	const firstLine = (start.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
	if (/(^|,)"?(full_date|year)"?,/.test(firstLine) && firstLine.includes('mood')) return 'daylio';
	if (/^\[\d{4}-\d{1,2}-\d{1,2}[ T]\d{1,2}:\d{2}/m.test(start)) return 'jrnl';
	return undefined;
}
