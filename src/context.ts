import {entryIdMaker, type IdMaker} from './domain/entry-id.js';
import type {Settings} from './domain/settings.js';
import {dataPaths, type DataPaths, resolveDataDir} from './store/paths.js';
import {readSettings} from './store/settings.js';
import {processIo} from './process-io.js';
import {colorWanted, makeStyle, type Style} from './term.js';
import {settingsProblemText} from './words/settings.js';

/** What every command needs from the outside world, in one place (and injectable in tests). */
export interface Context {
	paths: DataPaths;
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	env: NodeJS.ProcessEnv;
	/** Writes to stdout (without making its stream, for the process's own: src/process-io.ts). */
	out(text: string): void;
	/** Is stdout a terminal? (Asked without making its stream, for a pipe or a file.) */
	outIsTTY(): boolean;
	/** Styling for stdout. */
	style: Style;
	now(): Date;
	/** Makes the id of a new entry (random from Math.random: ids must be unique, not secret). */
	newId: IdMaker;
	/** Both ends are a terminal: interactive screens and prompts are allowed. */
	interactive: boolean;
	/** One calm line on stderr. */
	warn(message: string): void;
	/** Settings, read once on first use. */
	settings(): Settings;
}

/** The streams a context writes to and reads from; `out` and `stdoutIsTTY` where they can be had without making stdout's stream. */
export interface ContextIo {
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	out?: (text: string) => void;
	stdoutIsTTY?: () => boolean;
}

export interface GlobalOptions {
	home?: string;
	color?: boolean;
}

export function createContext(options: GlobalOptions, io: ContextIo = processIo, env: NodeJS.ProcessEnv = process.env): Context {
	const paths = dataPaths(resolveDataDir(options.home, env));
	let settings: Settings | undefined;
	let interactive: boolean | undefined;
	let style: Style | undefined;
	const stdoutIsTTY = (): boolean => (io.stdoutIsTTY ? io.stdoutIsTTY() : io.stdout.isTTY === true);
	const context: Context = {
		paths,
		// Node makes each stream on first use, and making one costs milliseconds (streams for a
		// pipe or a file, tty and net for a terminal): only the commands that use it pay.
		get stdin() {
			return io.stdin;
		},
		get stdout() {
			return io.stdout;
		},
		get stderr() {
			return io.stderr;
		},
		out: (text) => {
			if (io.out) io.out(text);
			else io.stdout.write(text);
		},
		outIsTTY: stdoutIsTTY,
		env,
		get style() {
			return (style ??= makeStyle(colorWanted(stdoutIsTTY(), options.color, env)));
		},
		now: () => new Date(),
		newId: entryIdMaker(Math.random),
		get interactive() {
			return (interactive ??= io.stdin.isTTY === true && stdoutIsTTY());
		},
		warn: (message) => {
			io.stderr.write(`cope: ${message}\n`);
		},
		settings: () => (settings ??= readSettings(paths, (problem) => context.warn(settingsProblemText(problem)))),
	};
	return context;
}
