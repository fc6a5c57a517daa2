import type {Command} from 'commander';
import type {Context} from '../../context.js';
import {resolveSettings, type Settings} from '../../domain/settings.js';
import {helpLines, helpNow} from '../../safety/help.js';
import {formatPlan} from '../../safety/plan-text.js';
import {makeStyle, type Style} from '../../term.js';
import {readPlanVersions} from '../plan/index.js';

/** The exercises `cope sos` offers on a terminal, by key. */
const EXERCISES: Record<string, string> = {g: 'grounding-54321', b: 'box-breathing'};
const OFFER = 'Press g for grounding 5-4-3-2-1, b for box breathing, Enter to close';
const CLOSE_KEYS = new Set(['\r', '\n', '\u001B', 'q', 'Q', '\u0003', '\u0004']);
const LAST_RESORT = ['Find a helpline where you are: findahelpline.com', 'If you are in danger now, call your local emergency number.'];

export function registerSos(program: Command, getContext: () => Context): void {
	program
		.command('sos')
		.summary('help now: a crisis line, your safety plan, a grounding exercise')
		.description('Help now: the crisis lines for your country, your safety plan, then (in a terminal) a grounding or breathing exercise. Always works, even if something else is broken.')
		// Help must not be refused for a stray word or option.
		.allowUnknownOption()
		.allowExcessArguments()
		.addHelpText('after', '\nExamples:\n  cope sos\n  cope sos | less        to read at your own pace\n\nSet your country: cope config set country GB\nAdd your own contact: cope config set crisis.custom "Sam 07700 900123"')
		.action(async () => {
			try {
				await sos(getContext);
			} catch {
				// Nothing above should throw; if something does, help still shows and sos still exits 0.
				process.stdout.write(`${LAST_RESORT.join('\n')}\n`);
			}
		});
}

/** The person's context, or a stand-in on the process's streams if even that cannot be made (e.g. a bad --home). */
function contextOrFallback(getContext: () => Context): {context?: Context; out: NodeJS.WriteStream; env: NodeJS.ProcessEnv; style: Style} {
	try {
		const context = getContext();
		return {context, out: context.stdout, env: context.env, style: context.style};
	} catch {
		return {out: process.stdout, env: process.env, style: makeStyle(false)};
	}
}

function settingsOrDefaults(context: Context | undefined): Settings {
	try {
		if (context) return context.settings();
	} catch {
		// Fall through to the defaults: the lines still show.
	}
	return resolveSettings({}).settings;
}

/**
 * `cope sos` never fails: each part is guarded, the crisis lines come first, and
 * whatever goes wrong later (settings, store, exercise screen) leaves them on the
 * screen and exits 0.
 */
export async function sos(getContext: () => Context): Promise<void> {
	const {context, out, env, style} = contextOrFallback(getContext);
	// No write error (a closed pipe, a terminal gone) may turn help into a crash.
	out.on('error', () => {});
	const help = helpNow(settingsOrDefaults(context), env);
	out.write(`${style.bold('Help now')}\n${helpLines(help).map((line) => `  ${line}`).join('\n')}\n`);
	if (help.countryFrom === 'unknown') out.write(style.dim('  For a line in your country: cope config set country <code>, e.g. GB, US, IE, AU') + '\n');
	else if (help.countryName === undefined) out.write(style.dim(`  cope has no line for ${help.country ?? 'your country'} yet; the directories above list them.`) + '\n');
	out.write('\n');
	if (!context) return;
	try {
		const plan = readPlanVersions(context, {warn: false})[0];
		out.write(plan ? formatPlan(plan, style) : `You don't have a safety plan yet. When you feel able: ${style.accent('cope plan edit')}\n`);
	} catch {
		out.write('Your safety plan could not be read just now. The lines above are there for you.\n');
	}
	if (context.interactive) await offerExercise(context);
}

async function offerExercise(context: Context): Promise<void> {
	context.stdout.write(`\n${context.style.bold(OFFER)}\n`);
	let key: string;
	try {
		key = await readKey(context.stdin);
	} catch {
		return;
	}
	const exercise = Object.hasOwn(EXERCISES, key) ? EXERCISES[key] : undefined;
	if (exercise === undefined) return;
	try {
		const {runExerciseScreen} = await import('../run/screen.js');
		await runExerciseScreen(context, exercise);
	} catch {
		context.stdout.write(
			'The exercise could not open just now. You can still breathe along: in for 4, hold for 4, out for 4, hold for 4, a few times over.\n',
		);
	}
}

/** Waits for g, b, or a key that closes (Enter, Esc, q, Ctrl+C, Ctrl+D); other keys are ignored. */
function readKey(stdin: NodeJS.ReadStream): Promise<string> {
	return new Promise((resolve) => {
		const wasRaw = stdin.isRaw;
		stdin.setRawMode(true);
		const finish = (key: string): void => {
			stdin.off('data', onData);
			stdin.off('end', onEnd);
			stdin.setRawMode(wasRaw);
			stdin.pause();
			resolve(key);
		};
		const onData = (data: Buffer | string): void => {
			const text = data.toString();
			// An arrow or function key (ESC [ … / ESC O …) is not a lone Esc: ignore it.
			if (/^\u001B[[O]/.test(text)) return;
			// Keys typed before raw mode took effect arrive together ("x\n"): the first that means something decides.
			for (const char of text) {
				const key = char.toLowerCase();
				if (Object.hasOwn(EXERCISES, key)) return finish(key);
				if (CLOSE_KEYS.has(char)) return finish('');
			}
		};
		const onEnd = (): void => finish('');
		stdin.on('data', onData);
		stdin.on('end', onEnd);
		stdin.resume();
	});
}
