/**
 * Errors are values until the command boundary: code 2 for anything the person
 * typed or gave us that we could not accept (nothing is written), 1 for the rest.
 */
export class CopeError extends Error {
	readonly exitCode: 1 | 2;
	readonly hint: string | undefined;

	constructor(message: string, options: {hint?: string; exitCode?: 1 | 2; cause?: unknown} = {}) {
		super(message, {cause: options.cause});
		this.name = 'CopeError';
		this.exitCode = options.exitCode ?? 2;
		this.hint = options.hint;
	}
}

/** Bad input: names what was wrong and what would be accepted. Exit 2. */
export function invalid(message: string, hint?: string): CopeError {
	return new CopeError(message, {hint, exitCode: 2});
}

/** Something failed that was not the person's input. Exit 1. */
export function failure(message: string, hint?: string, cause?: unknown): CopeError {
	return new CopeError(message, {hint, exitCode: 1, cause});
}

/**
 * What the system said about a file or folder, in plain words ("permission denied" rather
 * than "EACCES: permission denied, open …"), or undefined for a code without words here.
 */
export function fileProblemWords(code: string | undefined, path: string): string | undefined {
	switch (code) {
		case 'EACCES':
		case 'EPERM':
			return `cope is not allowed to use ${path}: the permissions or owner of it or its folder do not let this user read or change it`;
		case 'EROFS':
			return `${path} is on a disk that is read-only`;
		case 'ENOTDIR':
			return `${path} cannot be reached: part of that path is a file, not a folder`;
		case 'EEXIST':
			return `${path} is a file, not a folder`;
		case 'EISDIR':
			return `${path} is a folder, not a file`;
		case 'EMFILE':
		case 'ENFILE':
			return 'too many files are open on this computer just now';
		default:
			return undefined;
	}
}

/** The one place errors become text on stderr and an exit code. */
export function reportError(error: unknown, write: (text: string) => void = (text) => process.stderr.write(text)): 1 | 2 {
	const debug = process.env['COPE_DEBUG'] === '1';
	if (error instanceof CopeError) {
		write(`cope: ${error.message}\n`);
		if (error.hint) write(`${error.hint}\n`);
		if (debug && error.stack) write(`${error.stack}\n`);
		return error.exitCode;
	}
	// A store failure no command put into words: say plainly that nothing was changed.
	if (error instanceof Error && error.name === 'StoreError' && 'problem' in error) {
		const problem = error.problem as {code: string; path?: string; detail?: string};
		const what =
			problem.code === 'no-space'
				? 'the disk is full'
				: problem.code === 'not-a-file'
					? `${problem.path} is not a regular file`
					: (problem.detail ?? problem.code);
		write(`cope: ${what}. Nothing was changed.\n`);
		return 1;
	}
	const {code, path} = (error ?? {}) as {code?: unknown; path?: unknown};
	const words = typeof code === 'string' && typeof path === 'string' ? fileProblemWords(code, path) : undefined;
	if (words !== undefined) {
		write(`cope: ${words}.\nNothing you wrote was lost. \`cope where\` shows the data folder; \`cope doctor\` checks it.\n`);
		if (debug && error instanceof Error && error.stack) write(`${error.stack}\n`);
		return 1;
	}
	const message = error instanceof Error ? error.message : String(error);
	write(`cope: something went wrong: ${message}\n`);
	write(
		debug && error instanceof Error && error.stack
			? `${error.stack}\n`
			: 'Nothing you wrote was lost. Run with COPE_DEBUG=1 for details.\n',
	);
	return 1;
}
