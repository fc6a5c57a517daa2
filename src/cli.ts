import {Command, CommanderError} from 'commander';
import {version} from '../package.json';
import {createContext, type Context, type ContextIo, type GlobalOptions} from './context.js';
import {processIo} from './process-io.js';
import {closest} from './domain/closest.js';
import {inert} from './domain/text.js';
import {invalid, reportError} from './errors.js';
import {StoreError} from './store/store-error.js';
import {explainStoreError} from './words/store-errors.js';
import {recordFirstRunNote, showFirstRunNote} from './commands/common/first-run.js';
import {refuseGluedOption} from './commands/common/glued-option.js';
import {registerJournal} from './commands/journal/index.js';
import {registerLog} from './commands/log/index.js';

/** Adds one command to the program (each command's index.ts). */
type Register = (program: Command, getContext: () => Context) => void;

const HELP_FOOTER = `
Help now: cope sos  (a crisis line, your safety plan, then a grounding exercise)
Your data stays on this computer: cope where

Each command has its own help, e.g. cope log --help`;

/** `"lgo" is not a cope command. Did you mean "log"?`, with the commands there are (exit 2). */
function notACommand(parent: Command, word: string): Error {
	const names = parent.commands.map((c) => c.name()).filter((name) => name !== 'help');
	const near = closest(word, names);
	const path = commandPath(parent);
	// What was typed is echoed inert, even in an error.
	return invalid(
		`"${inert(word, {singleLine: true})}" is not a ${path} command.${near ? ` Did you mean "${near}"?` : ''}`,
		`Commands: ${names.join(', ')}. See ${path} --help.`,
	);
}

function commandPath(command: Command): string {
	const names: string[] = [];
	for (let at: Command | null = command; at; at = at.parent) names.unshift(at.name());
	return names.join(' ');
}

/**
 * `cope help nosuch` (or `cope config help nosuch`) names no command: commander would print
 * the general help and exit 0, so it is caught here and answered as `cope nosuch` is; and
 * so is `cope config lsit`.
 */
function checkHelpTopic(program: Command, argv: readonly string[]): void {
	let command = program;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (arg === '--') return;
		if (arg === '--home') {
			i++;
			continue;
		}
		if (arg.startsWith('-')) continue;
		if (arg === 'help' && command.commands.length > 0) {
			const topic = argv.slice(i + 1).find((word) => !word.startsWith('-'));
			if (topic !== undefined && topic !== 'help' && !command.commands.some((c) => c.name() === topic || c.aliases().includes(topic)))
				throw notACommand(command, topic);
			return;
		}
		const sub = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
		// A word after a command of commands that takes none itself (`cope config lsit`) is a
		// mistyped command: commander would hand it to the default one as an extra argument.
		if (sub === undefined && command !== program && command.commands.length > 0 && command.registeredArguments.length === 0)
			throw notACommand(command, arg);
		if (sub === undefined) return;
		command = sub;
	}
}

/**
 * The subcommand named in argv (the first word that is not an option or the value of
 * --home), '' when argv names none, or undefined: help flags anywhere (and `--`) mean
 * "build everything".
 */
function commandIn(argv: readonly string[] | undefined): string | undefined {
	if (argv === undefined) return undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] as string;
		if (arg === '--home') {
			i++;
			continue;
		}
		if (arg === '--') return undefined;
		if (arg.startsWith('-')) continue;
		return argv.includes('--help') || argv.includes('-h') ? undefined : arg;
	}
	// No command at all (the home screen, --version): none needs building, unless help is asked for.
	return argv.includes('--help') || argv.includes('-h') ? undefined : '';
}

/** Builds the program. `io` and `env` are injectable for tests. */
export async function createProgram(
	io: ContextIo = processIo,
	env: NodeJS.ProcessEnv = process.env,
	argv?: readonly string[],
): Promise<Command> {
	const program = new Command('cope');
	let context: Context | undefined;
	const getContext = (): Context => (context ??= createContext(program.opts<GlobalOptions>(), io, env));
	let noteShown = false;
	const firstRunNote = (): void => {
		// A context that cannot be made (a bad --home) is the command's to report.
		try {
			noteShown = showFirstRunNote(getContext());
		} catch {
			return;
		}
	};

	program
		.usage('[options] [command]')
		.description('Everyday CBT practice in your terminal: thought records, journaling, mood logs and gentle reports. Local-only.')
		.version(version, '-V, --version', 'print the version')
		.helpOption('-h, --help', 'show help')
		.helpCommand('help [command]', 'show help for a command')
		.option('--home <dir>', 'the data directory (default: $COPE_HOME, else ~/.config/cope)')
		.option('--no-color', 'no colour (NO_COLOR is honoured too)')
		.argument('[command...]')
		.addHelpText('after', HELP_FOOTER)
		.showSuggestionAfterError(true)
		.showHelpAfterError('(add --help to see what is accepted)')
		.exitOverride()
		.configureOutput({
			writeOut: (text) => io.stdout.write(text),
			writeErr: (text) => io.stderr.write(text),
			outputError: (text, write) => write(`cope: ${text.replace(/^error: /, '')}`),
		})
		.hook('preAction', (_program, command) => {
			// `cope sos` says where help is before anything else; its first-run note comes after.
			if (command.name() !== 'sos') firstRunNote();
		})
		.hook('postAction', (_program, command) => {
			if (command.name() === 'sos') firstRunNote();
			// Only once the command has succeeded: a refused one writes nothing.
			if (noteShown) recordFirstRunNote(getContext());
		})
		.action(async (words: string[]) => {
			const command = words[0];
			if (command !== undefined) throw notACommand(program, command);
			const ctx = getContext();
			if (!ctx.interactive) {
				throw invalid(
					"cope's home screen needs a terminal, and this is not one.",
					'Help now: cope sos. To run an exercise line by line (answers may be piped in): cope run <exercise> --plain.\nOr use a command, e.g. cope log 6, cope list or cope report. See cope --help.',
				);
			}
			const {runHomeScreen} = await import('./commands/home/index.js');
			await runHomeScreen(ctx);
		});

	// log and journal, the quickest (docs/architecture.md, "Speed"), are imported above, so they
	// are in the chunk every start reads; the others are read when named (scripts/build.mjs).
	const commands: Array<[string, () => Promise<Register>]> = [
		['log', async () => registerLog],
		['journal', async () => registerJournal],
		['list', async () => (await import('./commands/list/index.js')).registerList],
		['report', async () => (await import('./commands/report/index.js')).registerReport],
		['summary', async () => (await import('./commands/summary/index.js')).registerSummary],
		['show', async () => (await import('./commands/show/index.js')).registerShow],
		['sos', async () => (await import('./commands/sos/index.js')).registerSos],
		['plan', async () => (await import('./commands/plan/index.js')).registerPlan],
		['edit', async () => (await import('./commands/edit/index.js')).registerEdit],
		['delete', async () => (await import('./commands/delete/index.js')).registerDelete],
		['export', async () => (await import('./commands/export/index.js')).registerExport],
		['import', async () => (await import('./commands/import/index.js')).registerImport],
		['run', async () => (await import('./commands/run/index.js')).registerRun],
		['exercises', async () => (await import('./commands/exercises/index.js')).registerExercises],
		['goals', async () => (await import('./commands/goals/index.js')).registerGoals],
		['goal', async () => (await import('./commands/goal/index.js')).registerGoal],
		['homework', async () => (await import('./commands/homework/index.js')).registerHomework],
		['config', async () => (await import('./commands/config/index.js')).registerConfig],
		['where', async () => (await import('./commands/where/index.js')).registerWhere],
		['doctor', async () => (await import('./commands/doctor/index.js')).registerDoctor],
	];
	// Building every command's options costs ~10 ms; when the command is plain from argv,
	// only it is built (help, errors and anything unclear build them all).
	const named = commandIn(argv);
	const only = commands.find(([name]) => name === named);
	const registers = await Promise.all((only ? [only] : named === '' ? [] : commands).map(async ([, load]) => load()));
	for (const register of registers) register(program, getContext);
	return program;
}

/** Runs cope with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: ContextIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
	const program = await createProgram(io, env, argv);
	try {
		checkHelpTopic(program, argv);
		refuseGluedOption(commandIn(argv) ?? '', argv);
		await program.parseAsync(argv, {from: 'user'});
		return 0;
	} catch (error) {
		if (error instanceof CommanderError) {
			// Help and version are successes; every other commander error is bad usage (exit 2).
			if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
			return 2;
		}
		// A store failure no command put into words (a data folder that cannot be used, a file given to import or export): said here.
		return reportError(error instanceof StoreError ? explainStoreError(error) : error, (text) => io.stderr.write(text));
	}
}

/** The executable's entry: bin/cope.js calls this. */
export async function run(): Promise<void> {
	// The streams are made when first used, each with its error handler (src/process-io.ts).
	process.exitCode = await main(process.argv.slice(2), processIo);
}
