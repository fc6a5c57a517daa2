/**
 * What went wrong in the store, as a code and facts, never as words: the command
 * that asked knows what the person was doing and says it (src/words/store-errors.ts).
 * Every StoreError thrown by a write means the write did not happen: the store is
 * as it was before the call.
 */
export type StoreProblem =
	/** Another cope holds the lock and is still running (maybe paused); we waited and gave up. */
	| {code: 'busy'; pid?: number}
	/** The disk (or the quota) is full. */
	| {code: 'no-space'; path: string}
	/** The path is there but is not a regular file (a FIFO, a device, a folder). */
	| {code: 'not-a-file'; path: string}
	/** The entry was deleted by another cope after this change was started. */
	| {code: 'deleted-meanwhile'; id: string}
	/** The entry was changed by another cope after this change was started. */
	| {code: 'changed-meanwhile'; id: string}
	/** The entry is not in the store (any more). */
	| {code: 'missing'; id: string}
	/** entries.jsonl was replaced by something other than cope while cope was rewriting it. */
	| {code: 'replaced-meanwhile'; path: string}
	/** conf could not write config.json (`detail`: its reason). */
	| {code: 'setting-not-saved'; key: string; path: string; detail: string; errno?: string}
	/** goals.json cannot be read at all (`reason`: why); `changing`: a change to it was refused. */
	| {code: 'goals-unreadable'; reason: string; changing?: boolean}
	/** goals.json holds goals that cannot be read, so a change to it was refused (it would lose them). */
	| {code: 'goals-damaged'; count: number}
	/** Any other failure of the file system, with its errno code. */
	| {code: 'io'; path: string; errno?: string; detail: string}
	/** The data directory cannot be used (created, or it is a file). */
	| {code: 'data-dir'; dir: string; detail: string; errno?: string}
	/** --home '' or COPE_HOME='' (set, but empty). */
	| {code: 'home-empty'; from: '--home' | 'COPE_HOME'}
	/** Things about the file given to `cope export -o` or `cope import`: the person's input (exit 2), except `export-failed` and `import-unreadable`. */
	| {code: 'export-in-data-dir'; target: string}
	| {code: 'export-no-folder'; folder: string}
	| {code: 'export-not-a-folder'; folder: string}
	| {code: 'export-target-is-folder'; target: string}
	| {code: 'export-exists'; target: string}
	| {code: 'export-failed'; target: string; detail: string}
	| {code: 'import-not-text'; name: string}
	| {code: 'import-not-utf8'; name: string}
	| {code: 'import-is-folder'; path: string}
	| {code: 'import-too-big'; path: string; megabytes?: number; maxMegabytes: number}
	| {code: 'import-not-found'; path: string}
	| {code: 'import-no-permission'; path: string}
	| {code: 'import-unreadable'; path: string; detail: string};

export class StoreError extends Error {
	constructor(
		readonly problem: StoreProblem,
		options: {cause?: unknown} = {},
	) {
		super(`store: ${problem.code}`, options);
		this.name = 'StoreError';
	}
}

const NO_SPACE = new Set(['ENOSPC', 'EDQUOT']);

/** An fs error as a StoreError (a StoreError passes through as it is). */
export function storeError(error: unknown, path: string): StoreError {
	if (error instanceof StoreError) return error;
	const errno = (error as NodeJS.ErrnoException | undefined)?.code;
	if (errno !== undefined && NO_SPACE.has(errno)) return new StoreError({code: 'no-space', path}, {cause: error});
	return new StoreError({code: 'io', path, errno, detail: error instanceof Error ? error.message : String(error)}, {cause: error});
}
