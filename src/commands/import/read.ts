import {encryptedBytes, encryptedError} from '../../domain/import/encrypted.js';
import type {ImportFormat} from '../../domain/import/types.js';
import {inert} from '../../domain/text.js';
import {CopeError, invalid} from '../../errors.js';
import {isFolder, readFileHead} from '../../store/file-head.js';
import {decodeText, IMPORT_MAX_BYTES, readImportFile, tooBig} from '../../store/import-file.js';
import {StoreError} from '../../store/store-error.js';
import {explainStoreError} from '../../words/store-errors.js';

/*
 * Reading the file to import (or stdin), with a message for what cope cannot read
 * that says what to do: an encrypted jrnl journal, a jrnl folder journal.
 */

/** A file that is not text may be a jrnl journal that jrnl encrypted: say so, and what to do. */
function notTextError(error: CopeError, head: {head: Uint8Array; size: number} | undefined, format: ImportFormat | undefined): CopeError {
	const kind = head === undefined ? undefined : encryptedBytes(head.head, head.size);
	if (kind === undefined || (kind === 'v1' && format !== undefined && format !== 'jrnl')) return error;
	return encryptedError(kind);
}

export function readFileText(file: string, format: ImportFormat | undefined): string {
	try {
		return readImportFile(file);
	} catch (caught) {
		// The store names what is wrong with the file as a code: its words first.
		const error = caught instanceof StoreError ? explainStoreError(caught) : caught;
		if (!(error instanceof CopeError) || error.exitCode !== 2) throw error;
		if (isFolder(file) && format !== 'daylio' && format !== 'cope') {
			throw invalid(
				error.message,
				`${error.hint ?? ''}\nA jrnl journal kept as a folder (one file a day, or DayOne) comes in through jrnl:\n  jrnl --export json | cope import - --from jrnl     (with more than one journal: jrnl <name> --export json)`.trim(),
			);
		}
		const encrypted = notTextError(error, readFileHead(file, 64), format);
		throw encrypted === error ? error : invalid(`${inert(file, {singleLine: true})}: ${encrypted.message}`, encrypted.hint);
	}
}

export async function readStdinText(stdin: NodeJS.ReadStream, format: ImportFormat | undefined): Promise<string> {
	if (stdin.isTTY)
		throw invalid(
			'"-" reads the file from a pipe, and stdin is a terminal.',
			'For example: jrnl --export json | cope import - --from jrnl',
		);
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of stdin) {
		const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
		total += bytes.length;
		// Stops reading (and lets go of the pipe) past the limit, rather than hold all of an endless one.
		if (total > IMPORT_MAX_BYTES) throw explainStoreError(tooBig('stdin'));
		chunks.push(bytes);
	}
	const data = Buffer.concat(chunks, total);
	try {
		return decodeText(data, 'stdin');
	} catch (caught) {
		const error = caught instanceof StoreError ? explainStoreError(caught) : caught;
		if (!(error instanceof CopeError)) throw error;
		const encrypted = notTextError(error, {head: data.subarray(0, 64), size: data.length}, format);
		throw encrypted === error ? error : invalid(`stdin: ${encrypted.message}`, encrypted.hint);
	}
}
