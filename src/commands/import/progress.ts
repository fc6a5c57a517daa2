/** Files smaller than this (a few thousand rows) import in a blink: no progress line. */
export const PROGRESS_FROM_CHARS = 200_000;

export interface Progress {
	/** A step with no count ("Checking your entries…"). */
	stage(text: string): void;
	/** `done` of `total`, shown as a percentage; redrawn only when it changes. */
	update(label: string, done: number, total: number): void;
	/** Clears the line. */
	end(): void;
}

const SILENT: Progress = {stage() {}, update() {}, end() {}};

/**
 * One line on stderr that redraws itself, only on a terminal (never in a pipe or
 * a log file, where it would be noise), and only for large files.
 */
export function progressLine(stream: NodeJS.WriteStream, enabled: boolean): Progress {
	if (!enabled || stream.isTTY !== true) return SILENT;
	let shown = '';
	const draw = (text: string): void => {
		if (text === shown) return;
		shown = text;
		stream.write(`\r\u001B[2K${text}`);
	};
	return {
		stage: (text) => draw(text),
		update: (label, done, total) => {
			draw(`${label} ${Math.min(100, Math.floor((done / total) * 100))}%`);
		},
		end: () => {
			if (shown !== '') stream.write('\r\u001B[2K');
			shown = '';
		},
	};
}
