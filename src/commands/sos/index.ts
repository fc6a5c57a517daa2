import type {Command} from 'commander';
import type {Context} from '../../context.js';
import {resolveSettings, type Settings} from '../../domain/settings.js';
import {helpNow} from '../../safety/help.js';
import {
	actionCommands,
	actionKeys,
	HELP_ACTIONS,
	type HelpContent,
	helpContent,
	planLines,
	reachLines,
	reachText,
} from '../../safety/help-content.js';
import type {SafetyPlan} from '../../safety/plan.js';
import {formatEmptyPlan, formatPlan, planDate} from '../../safety/plan-text.js';
import {processIo} from '../../process-io.js';
import {makeStyle, type Style} from '../../term.js';
import {readPlanVersions} from '../common/plan-versions.js';

/** On a terminal, each of help now's actions by its key (docs/safety.md). */
const ACTIONS = new Map(HELP_ACTIONS.map((action) => [action.key, action]));
const OFFER = `Press ${actionKeys(HELP_ACTIONS).join(' · ')} · Enter to close`;
const CLOSE_KEYS = new Set(['\r', '\n', '\u001B', 'q', 'Q', '\u0003', '\u0004']);
const LAST_RESORT = ['Find a helpline where you are: findahelpline.com', 'If you are in danger now, call your local emergency number.'];

export function registerSos(program: Command, getContext: () => Context): void {
	program
		.command('sos')
		.summary('help now: a crisis line, your safety plan, a grounding exercise')
		.description(
			'Help now: the crisis lines for your country, your safety plan, then (in a terminal) a grounding or breathing exercise. Always works, even if something else is broken.',
		)
		// Help must not be refused for a stray word or option.
		.allowUnknownOption()
		.allowExcessArguments()
		.addHelpText(
			'after',
			'\nExamples:\n  cope sos\n  cope sos | less        to read at your own pace\n\nSet your country: cope config set country GB\nAdd your own contact: cope config set crisis.custom "Sam 07700 900123"',
		)
		.action(async () => {
			try {
				await sos(getContext);
			} catch {
				// Nothing above should throw; if something does, help still shows and sos still exits 0.
				processIo.stdout.write(`${LAST_RESORT.join('\n')}\n`);
			}
		});
}

/** The person's context, or a stand-in on the process's streams if even that cannot be made (e.g. a bad --home). */
function contextOrFallback(getContext: () => Context): {context?: Context; out: NodeJS.WriteStream; env: NodeJS.ProcessEnv; style: Style} {
	try {
		const context = getContext();
		return {context, out: context.stdout, env: context.env, style: context.style};
	} catch {
		return {out: processIo.stdout, env: process.env, style: makeStyle(false)};
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
	out.write(
		`${style.bold('Help now')}\n${reachLines(help)
			.map((line) => `  ${reachText(line)}`)
			.join('\n')}\n`,
	);
	if (help.countryFrom === 'unknown')
		out.write(style.dim('  For a line in your country: cope config set country <code>, e.g. GB, US, IE, AU') + '\n');
	else if (help.countryName === undefined)
		out.write(style.dim(`  cope has no line for ${help.country ?? 'your country'} yet; the directories above list them.`) + '\n');
	out.write('\n');
	if (!context) return;
	let plan: SafetyPlan | undefined;
	try {
		plan = readPlanVersions(context, {warn: false})[0];
		const content = helpContent(help, plan);
		out.write(
			plan
				? formatCompactPlan(content, plan, style)
				: `You don't have a safety plan yet. When you feel able: ${style.accent('cope plan edit')}\n`,
		);
	} catch {
		out.write('Your safety plan could not be read just now. The lines above are there for you.\n');
	}
	if (context.interactive) await offerActions(context, plan);
	else out.write(`\n${style.dim(`Something to start: ${actionCommands(HELP_ACTIONS)}`)}\n`);
}

/** The plan in short, one line per part that has something in it (p shows it whole). */
function formatCompactPlan(content: HelpContent, plan: SafetyPlan, style: Style): string {
	return (
		[`${style.bold('Your plan')} ${style.dim(`· ${planDate(plan)}`)}`, ...planLines(content).map((line) => `  ${line}`)].join('\n') + '\n'
	);
}

/** Offers help now's actions by key until one starts an exercise or a key closes it; p prints the whole plan. */
async function offerActions(context: Context, plan: SafetyPlan | undefined): Promise<void> {
	for (;;) {
		// Raw mode first: from the moment the keys are offered, Ctrl+C is a key that closes, not a signal.
		const keyRead = readKey(context.stdin);
		context.stdout.write(`\n${context.style.bold(OFFER)}\n`);
		let key: string;
		try {
			key = await keyRead;
		} catch {
			return;
		}
		const action = ACTIONS.get(key);
		if (action === undefined) return;
		if (action.exercise === undefined) {
			context.stdout.write(`\n${plan ? formatPlan(plan, context.style) : formatEmptyPlan(context.style)}`);
			continue;
		}
		try {
			const {runExerciseScreen} = await import('../run/screen.js');
			await runExerciseScreen(context, action.exercise);
		} catch {
			context.stdout.write(
				'The exercise could not open just now. You can still breathe along: in for 4, hold for 4, out for 4, hold for 4, a few times over.\n',
			);
		}
		return;
	}
}

/** Waits for an action's key, or a key that closes (Enter, Esc, q, Ctrl+C, Ctrl+D); other keys are ignored. */
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
				if (ACTIONS.has(key)) return finish(key);
				if (CLOSE_KEYS.has(char)) return finish('');
			}
		};
		const onEnd = (): void => finish('');
		stdin.on('data', onData);
		stdin.on('end', onEnd);
		stdin.resume();
	});
}
