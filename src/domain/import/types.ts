import type {Entry} from '../entry.js';
import type {Goal} from '../goals/types.js';

export type ImportFormat = 'cope' | 'daylio' | 'jrnl';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['cope', 'daylio', 'jrnl'];

export const FORMAT_NAMES: Readonly<Record<ImportFormat, string>> = {
	cope: "cope's JSON export",
	daylio: "Daylio's CSV export",
	jrnl: 'a jrnl journal',
};

/** What a parser made of a file, before anything is compared with the store. */
export interface ParsedImport {
	/** Entries ready to store, oldest first. */
	entries: Entry[];
	/** How many records the file held (rows, journal entries). */
	records: number;
	/** Things the person should know about: nothing is dropped without saying so. */
	notes: string[];
	/** Goals and homework from a cope export (docs/goals.md), checked. */
	goals?: Goal[];
}

/** Called now and then while a large file is read, for a progress line on a terminal. */
export type ProgressCallback = (done: number, total: number) => void;
