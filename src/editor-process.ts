import {accessSync, constants} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {delimiter, join} from 'node:path';

/*
 * The person's editor, for `cope edit` and a field's ctrl+e: chosen as git chooses it,
 * run as git runs it.
 */

function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
	return (env['PATH'] ?? '').split(delimiter).some((dir) => {
		try {
			accessSync(join(dir, name), constants.X_OK);
			return true;
		} catch {
			return false;
		}
	});
}

/** $VISUAL, then $EDITOR, then vi, then nano. */
export function chooseEditor(env: NodeJS.ProcessEnv): string | undefined {
	for (const name of ['VISUAL', 'EDITOR']) {
		const value = env[name]?.trim();
		if (value) return value;
	}
	return ['vi', 'nano'].find((name) => onPath(name, env));
}

export interface EditorRun {
	/** The editor's exit status; null when a signal ended it. */
	status: number | null;
	/** The signal that ended it (SIGINT when Ctrl+C stopped an editor that leaves the terminal cooked). */
	signal: NodeJS.Signals | null;
	/** Set when the editor could not be started at all. */
	error?: Error;
}

const STOP_KEYS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGQUIT'];
const ignore = (): void => {};

/**
 * Runs the editor on `path` and waits for it, the terminal handed over (stdio inherited).
 * Through the shell, so EDITOR="code --wait" works; the path is passed as $1, never
 * spliced into the command.
 *
 * While it runs, Ctrl+C and Ctrl+\ are the editor's. The terminal sends their signals to
 * its whole foreground process group, cope included: an editor that leaves the terminal
 * cooked ("code --wait", a script) is stopped by them, and cope must not be, or it would end
 * with the person's words unsaved and the edit file left behind. So cope ignores them until
 * the editor has ended, as git does.
 */
export function runEditor(editor: string, path: string, env: NodeJS.ProcessEnv): EditorRun {
	// A listener makes Node catch the signal instead of dying of it.
	for (const signal of STOP_KEYS) process.on(signal, ignore);
	try {
		const result =
			process.platform === 'win32'
				? spawnSync(editor, [`"${path}"`], {stdio: 'inherit', shell: true, env})
				: spawnSync('/bin/sh', ['-c', `${editor} "$1"`, 'sh', path], {stdio: 'inherit', env});
		return {status: result.status, signal: result.signal, ...(result.error ? {error: result.error} : {})};
	} finally {
		// A signal caught while spawnSync blocked reaches the listeners in the event loop's next
		// poll for I/O. Until then this one must stay, or another listener (the screens' cursor
		// restorer, which ends the process when it is the only one) would take the signal as
		// cope's own. A second turn's check phase comes after that poll.
		setImmediate(() => setImmediate(() => STOP_KEYS.forEach((signal) => process.off(signal, ignore))));
	}
}
