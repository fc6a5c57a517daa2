import {type CopeError, invalid} from '../../errors.js';

/**
 * jrnl's encrypted journals, recognised so that cope can say what to do instead of
 * "not a text file": jrnl 2 and later write one Fernet token (text starting "gAAAAA"),
 * newer jrnl writes "JRNLv3" and a header before it, and jrnl 1.x wrote AES-CBC
 * bytes (a 16-byte IV, then whole 16-byte blocks) with no mark at all.
 */
export type EncryptedJrnl = 'fernet' | 'v3' | 'v1';

const FERNET = /^gAAAAA[A-Za-z0-9_-]{40,}={0,2}\s*$/;

/** The kind of encrypted journal a file's text is, if it is one (the first 4 kB are enough). */
export function encryptedText(text: string): EncryptedJrnl | undefined {
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (start.startsWith('JRNLv3')) return 'v3';
	const head = start.slice(0, 4096);
	// A long token has no line breaks; only its last kilobytes may be cut off here.
	return FERNET.test(head) || (head.length === 4096 && /^gAAAAA[A-Za-z0-9_-]+$/.test(head)) ? 'fernet' : undefined;
}

/**
 * The same for bytes that are not text. A jrnl 1.x file has no mark, so it is only
 * "likely": binary, at least two blocks, and a whole number of them.
 */
export function encryptedBytes(head: Uint8Array, size: number): EncryptedJrnl | undefined {
	const prefix = String.fromCharCode(...head.subarray(0, 6));
	if (prefix === 'JRNLv3') return 'v3';
	if (prefix.startsWith('gAAAAA')) return 'fernet';
	return size >= 32 && size % 16 === 0 && !looksLikeText(head) ? 'v1' : undefined;
}

/** Text has no control bytes but tab and line ends, and is UTF-8 (a character cut off at the end aside). */
function looksLikeText(head: Uint8Array): boolean {
	if (head.some((byte) => byte < 0x09 || (byte > 0x0d && byte < 0x20))) return false;
	try {
		new TextDecoder('utf-8', {fatal: true}).decode(head.subarray(0, Math.max(0, head.length - 3)));
		return true;
	} catch {
		return false;
	}
}

const DECRYPT_HINT =
	'cope cannot open it (it never asks for your jrnl password). Either let jrnl write it out for cope:\n' +
	'  jrnl --export json | cope import - --from jrnl     (the words never touch the disk unencrypted)\n' +
	'or have jrnl make a decrypted copy, import that, then delete the copy:\n' +
	'  jrnl --decrypt journal-copy.txt && cope import journal-copy.txt --from jrnl\n' +
	'(With more than one jrnl journal, name it: jrnl work --export json.)';

export function encryptedError(kind: EncryptedJrnl): CopeError {
	if (kind === 'v1')
		return invalid('this is not a text file. If it is a journal that jrnl 1.x encrypted, it needs jrnl to read it.', DECRYPT_HINT);
	return invalid(
		`this is an encrypted jrnl journal (${kind === 'v3' ? "in jrnl's newest format" : 'as jrnl 2 and later write them'}).`,
		DECRYPT_HINT,
	);
}
