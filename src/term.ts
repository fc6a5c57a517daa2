/**
 * Output styling for the plain (non-Ink) commands. Colour only on a TTY, never with
 * NO_COLOR or --no-color; and never colour alone to carry meaning.
 */
export interface Style {
	color: boolean;
	bold(text: string): string;
	dim(text: string): string;
	accent(text: string): string;
}

export function makeStyle(color: boolean): Style {
	const wrap = (open: number, close: number) => (text: string) => (color ? `\u001B[${open}m${text}\u001B[${close}m` : text);
	return {color, bold: wrap(1, 22), dim: wrap(2, 22), accent: wrap(36, 39)};
}

export function colorWanted(isTTY: boolean, flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
	if (flag === false) return false;
	if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
	if (env['FORCE_COLOR'] === '0') return false;
	// A terminal that says it is dumb (emacs shells, some screen-reader setups) shows escape codes as junk.
	if (env['TERM'] === 'dumb') return false;
	return isTTY;
}

/** Terminal width for plain output: the TTY's, else 80. */
export function outputWidth(stream: NodeJS.WriteStream): number {
	return stream.isTTY && stream.columns ? stream.columns : 80;
}
