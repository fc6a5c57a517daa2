import {render} from 'ink';
import type {Context} from '../context.js';
import {deleteDraft, readDraft, writeDraft} from '../store/drafts.js';
import {appendEntry} from '../store/append.js';
import {saying} from '../words/store-errors.js';
import {App, type Start, type TuiOutcome} from './app.js';
import {type BracketedPaste, startBracketedPaste, withoutBracketedPaste} from './bracketed-paste.js';
import {realClock} from './clock.js';
import type {DraftFlush, ExerciseChoice, TuiDeps} from './deps.js';
import {editInEditor} from './editor.js';
import {ThemeContext} from './theme.js';
import {loadStepScreens} from './steps/registry.js';

export type {TuiOutcome, Ending, Start} from './app.js';
export type {ExerciseChoice} from './deps.js';

/** How long typing must pause before a text field's draft is written. */
const AUTOSAVE_MS = 600;

/** What the command that opens the screens hands them, beyond the data directory and terminal. */
export interface Opener {
	/** The runnable exercises, for the home screen's list. */
	exercises: ExerciseChoice[];
	/** The calm message after a hard entry, for the summary screen (undefined: none is due). */
	helpAfterSave: TuiDeps['helpAfterSave'];
	/** What help now shows, with the person's plan (read by the command's side). */
	helpContent: TuiDeps['helpContent'];
	/** What the home screen shows: its glance, goals and homework. */
	home: TuiDeps['home'];
}

/** The real outside world for the TUI: this data directory, this terminal. */
export function contextDeps(context: Context, {exercises, helpAfterSave, helpContent, home}: Opener): TuiDeps {
	return {
		clock: realClock,
		newId: context.newId,
		saveEntry: (entry) => saying('save', () => appendEntry(context.paths, entry)),
		drafts: {
			read: (id) => readDraft(context.paths, id),
			write: (draft) => writeDraft(context.paths, draft),
			remove: (id) => deleteDraft(context.paths, id),
		},
		editText: (text) => withoutBracketedPaste(() => editInEditor(context.paths, context.env, context.stdin, text)),
		helpContent,
		helpAfterSave,
		exercises: () => exercises,
		home,
		autosaveMs: AUTOSAVE_MS,
		color: context.style.color,
	};
}

/**
 * Draws the TUI until it ends. The only module commands import (lazily), so the fast
 * paths never load Ink or React. A closed terminal (SIGHUP) or SIGTERM writes the
 * draft first, so at most nothing is lost.
 */
export async function runTui(
	context: Context,
	start: Start,
	opener: Opener,
	deps: TuiDeps = contextDeps(context, opener),
): Promise<TuiOutcome> {
	// The home screen draws none: its first frame does not wait for them (they are read just after).
	if (start.kind !== 'home') await loadStepScreens();
	let outcome: TuiOutcome = {saved: [], ending: 'nothing'};
	const lineEnd = watchLineEnd(context.stdout);
	const flush: DraftFlush = {current: undefined};
	// Bracketed paste goes on once cope reads keys itself: before that, the terminal would echo a
	// paste's marks as text.
	let paste: BracketedPaste | undefined;
	const onInputReady = (): void => void (paste ??= startBracketedPaste(context.stdin, context.stdout));
	// Raw mode before the first frame, not when Ink's input attaches just after it: a key pressed
	// the moment a screen appears is then a key (Ctrl+C leaves calmly), never the terminal's
	// SIGINT or an echo drawn over the frame. It waits in the terminal until Ink reads it.
	const keysEarly = context.stdin.isTTY === true;
	if (keysEarly) context.stdin.setRawMode(true);
	const instance = render(
		<ThemeContext.Provider value={{color: deps.color}}>
			<App start={start} deps={deps} flush={flush} onExit={(result) => (outcome = result)} onInputReady={onInputReady} />
		</ThemeContext.Provider>,
		{stdin: context.stdin, stdout: context.stdout, stderr: context.stderr, exitOnCtrlC: false, patchConsole: false},
	);
	if (start.kind === 'home') void loadStepScreens();
	const onSignal = (): void => {
		flush.current?.();
		outcome = {...outcome, ending: 'hangup'};
		instance.unmount();
	};
	process.once('SIGHUP', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		await instance.waitUntilExit();
	} finally {
		process.off('SIGHUP', onSignal);
		process.off('SIGTERM', onSignal);
		paste?.stop();
		lineEnd.stop();
		// Ink turns it off when it ends, unless no screen ever took keys.
		if (keysEarly && context.stdin.isRaw) context.stdin.setRawMode(false);
	}
	// Ink leaves its last frame without a line break when that frame followed one as tall as
	// the terminal (as after the window narrows): the shell's prompt would start on it.
	if (!lineEnd.atLineStart()) context.stdout.write('\n');
	return outcome;
}

/** Escape sequences (colours, cursor moves, synchronised output): they print nothing. */
const ESCAPES = /\u001B\[[0-9;?]*[ -/]*[@-~]/g;

/** Follows what is written to a terminal, to tell whether its cursor is at the start of a line. */
function watchLineEnd(stdout: NodeJS.WriteStream): {atLineStart: () => boolean; stop: () => void} {
	let atLineStart = true;
	if (!stdout.isTTY) return {atLineStart: () => true, stop: () => {}};
	const write = stdout.write;
	stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
		const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
		const shown = text.replace(ESCAPES, '');
		if (shown !== '') atLineStart = shown.endsWith('\n');
		return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
	} as typeof stdout.write;
	return {atLineStart: () => atLineStart, stop: () => void (stdout.write = write)};
}
