import {entryIdMaker, type IdMaker} from './domain/entry-id.js';
import type {Settings} from './domain/settings.js';
import {dataPaths, type DataPaths, resolveDataDir} from './store/paths.js';
import {readSettings} from './store/settings.js';
import {colorWanted, makeStyle, type Style} from './term.js';
import {settingsProblemText} from './words/settings.js';

/** What every command needs from the outside world, in one place (and injectable in tests). */
export interface Context {
	paths: DataPaths;
	stdin: NodeJS.ReadStream;
	stdout: NodeJS.WriteStream;
	stderr: NodeJS.WriteStream;
	env: NodeJS.ProcessEnv;
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

export interface GlobalOptions {
	home?: string;
	color?: boolean;
}

export function createContext(
	options: GlobalOptions,
	io: Pick<Context, 'stdin' | 'stdout' | 'stderr'> = process,
	env: NodeJS.ProcessEnv = process.env,
): Context {
	const paths = dataPaths(resolveDataDir(options.home, env));
	let settings: Settings | undefined;
	let interactive: boolean | undefined;
	const context: Context = {
		paths,
		// Node makes process.stdin on first use, and making it costs milliseconds (streams for a
		// pipe or a file): only the commands that read it, or ask about it, pay.
		get stdin() {
			return io.stdin;
		},
		stdout: io.stdout,
		stderr: io.stderr,
		env,
		style: makeStyle(colorWanted(io.stdout, options.color, env)),
		now: () => new Date(),
		newId: entryIdMaker(Math.random),
		get interactive() {
			return (interactive ??= io.stdin.isTTY === true && io.stdout.isTTY === true);
		},
		warn: (message) => {
			io.stderr.write(`cope: ${message}\n`);
		},
		settings: () => (settings ??= readSettings(paths, (problem) => context.warn(settingsProblemText(problem)))),
	};
	return context;
}
