/**
 * What is said about an exercise file or folder that cannot be used: the store finds the
 * problem (src/store/exercises.ts), these are its words, in the form the validator's
 * problems have (`<file>: <what is wrong>`).
 */

/** Why a file or folder could not be read, from the system's error code (else its message). */
export function readErrorText(code: string | undefined, message: string): string {
	switch (code) {
		case 'ENOENT':
			return 'no such file';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ELOOP':
			return 'a link that loops';
		case 'ENOTDIR':
			return 'not a folder';
		default:
			return message;
	}
}

/** A folder of exercises that cannot be read. */
export function folderProblem(dir: string, origin: 'built-in' | 'user', why: string): string {
	const where =
		origin === 'user'
			? 'cope looks here for your own exercise files'
			: 'the built-in exercises should be here (reinstalling cope restores them)';
	return `${dir}: ${why}; ${where}`;
}

/** The built-in exercises could not be loaded at all. */
export function builtInsMissing(why: string): string {
	return `${why}; the built-in exercises could not be loaded (reinstalling cope restores them)`;
}

/** A path that is not an exercise file. */
export function notAFile(name: string, kind: 'folder' | 'special'): string {
	return `${name}: ${kind === 'folder' ? 'is a folder, not an exercise file' : 'not a regular file'}`;
}

/** A file that could not be read. */
export function unreadable(name: string, why: string): string {
	return `${name}: cannot read it: ${why}`;
}

/** After the first few of a file's problems: how many more, and how to see them all. */
export function moreProblems(file: string, more: number): string {
	return `${file}: … and ${more} more problem${more === 1 ? '' : 's'}; see them all with: cope exercises validate ${shellQuote(file)}`;
}

/** Two files with one id: the later (by name) is left out. */
export function sameId(file: string, id: string, earlier: string): string {
	return `${file}: id: "${id}" is also the id of ${earlier}; using that one, not this`;
}

function shellQuote(text: string): string {
	return /^[\w./~@%+=:,-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
