import {encryptedText} from './encrypted.js';
import {startsLikeJrnl} from './jrnl-text.js';
import type {ImportFormat} from './types.js';

/**
 * The format a file is in, when its content leaves no doubt: cope's export names
 * itself, Daylio's CSV starts with its header, jrnl's journal with a [date] (or a
 * jrnl 1.x date) and its JSON export holds "entries". Used to import without
 * --from, and to suggest the right --from when the one given does not fit.
 */
export function guessFormat(text: string): ImportFormat | undefined {
	const start = text
		.replace(/^\uFEFF/, '')
		.trimStart()
		.slice(0, 4000);
	if (encryptedText(start) !== undefined) return 'jrnl';
	if (start.startsWith('{')) {
		if (/"format"\s*:\s*"cope-export"/.test(start)) return 'cope';
		// jrnl writes "tags" before "entries": with many tags, "entries" comes late.
		if (/"entries"\s*:\s*\[\s*\]/.test(text) || (/"entries"\s*:\s*\[/.test(text) && /"title"\s*:/.test(text) && /"date"\s*:/.test(text)))
			return 'jrnl';
		return undefined;
	}
	const firstLine = (start.split(/\r?\n/, 1)[0] ?? '').toLowerCase();
	// Commas, or the semicolons or tabs a spreadsheet may save it with; spaces after them too.
	if (/(^|[,;\t])\s*"?(full_date|year)"?\s*[,;\t]/.test(firstLine) && /(^|[,;\t])\s*"?mood"?\s*([,;\t]|$)/.test(firstLine)) return 'daylio';
	if (startsLikeJrnl(start)) return 'jrnl';
	return undefined;
}
