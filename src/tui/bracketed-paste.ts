/**
 * Bracketed paste: while the screens are up, the terminal marks pasted text
 * (ESC [200~ … ESC [201~), so a line break in it is text, never Enter (keymap.ts
 * reads the marks). The mode belongs to the terminal, not to cope: it is turned off
 * again however the screens end — closed, Ctrl+C, a closed window or SIGTERM (runTui's
 * finally) or a crash (the process's exit) — and while an editor has the terminal.
 */
const ON = '\u001B[?2004h';
const OFF = '\u001B[?2004l';

export interface BracketedPaste {
	/** Turns it off for good (idempotent). */
	stop(): void;
}

let active: {set(on: boolean): void} | undefined;

export function startBracketedPaste(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): BracketedPaste {
	if (stdin.isTTY !== true || stdout.isTTY !== true) return {stop: () => {}};
	let on = false;
	const set = (next: boolean): void => {
		if (on === next) return;
		on = next;
		try {
			// A terminal's writes are synchronous, so this lands even from the exit event.
			stdout.write(next ? ON : OFF);
		} catch {
			// A terminal that is gone has no mode to restore.
		}
	};
	const onExit = (): void => set(false);
	process.on('exit', onExit);
	const self = {set};
	active = self;
	set(true);
	return {
		stop() {
			set(false);
			process.off('exit', onExit);
			if (active === self) active = undefined;
		},
	};
}

/** Runs `work` (an editor, say) with bracketed paste off, and turns it back on after. */
export async function withoutBracketedPaste<T>(work: () => Promise<T>): Promise<T> {
	const current = active;
	current?.set(false);
	try {
		return await work();
	} finally {
		if (active === current) current?.set(true);
	}
}
