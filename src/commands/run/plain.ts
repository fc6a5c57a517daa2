import type {Context} from '../../context.js';
import type {Exercise} from '../../domain/exercise/types.js';
import {failure, invalid} from '../../errors.js';
import {LineReader, type StopReason} from '../../plain/lines.js';
import {DRAFT_KEPT, PlainRun, type PlainDeps, type PlainEnding, type PlainIO} from '../../plain/run.js';
import {actionCommands, type HelpContent, planLines, reachText} from '../../safety/help-content.js';
import {helpContentFor} from '../common/help-content.js';
import {deleteDraft, readDraft, writeDraft} from '../../store/drafts.js';
import {appendEntry} from '../../store/append.js';
import {afterEntrySaved} from '../common/after-save.js';
import {helpAfterEntryOnScreen} from '../common/hard-entry-help.js';

/**
 * Help now as lines of text, from the same content as the screens' help (ctrl+g) and
 * `cope sos`: where to turn first, the plan in short, then what can be started from here.
 */
export function plainHelpLines(content: HelpContent): string[] {
	const lines = content.reach.map(reachText);
	const plan = planLines(content);
	lines.push(
		...(plan.length > 0
			? ['Your plan:', ...plan.map((line) => `  ${line}`)]
			: ['You have no safety plan yet: cope plan helps you write one.']),
	);
	lines.push(`For right now: ${actionCommands(content.actions)}`);
	return lines;
}

export function plainDeps(context: Context): PlainDeps {
	return {
		now: () => context.now(),
		newId: context.newId,
		saveEntry: (entry) => appendEntry(context.paths, entry),
		drafts: {
			read: (id) => readDraft(context.paths, id),
			write: (draft) => writeDraft(context.paths, draft),
			remove: (id) => deleteDraft(context.paths, id),
		},
		helpLines: () => plainHelpLines(helpContentFor(context)),
		helpAfterSave: (entry) => helpAfterEntryOnScreen(context, entry),
	};
}

/** Plain mode's input and output on this process's streams, with Ctrl+C and a closed terminal turned into a stop. */
export async function withPlainIO<T>(context: Context, use: (io: PlainIO) => Promise<T>): Promise<T> {
	const reader = new LineReader(context.stdin);
	const onInterrupt = (): void => reader.interrupt('interrupt');
	const onHangup = (): void => reader.interrupt('hangup');
	process.on('SIGINT', onInterrupt);
	process.once('SIGHUP', onHangup);
	process.once('SIGTERM', onHangup);
	try {
		return await use({write: (text) => void context.stdout.write(text), reader, typed: context.stdin.isTTY === true});
	} finally {
		process.off('SIGINT', onInterrupt);
		process.off('SIGHUP', onHangup);
		process.off('SIGTERM', onHangup);
		reader.close();
	}
}

/** What the person is told when plain mode ends, and how cope exits. */
export async function reportEnding(context: Context, ending: PlainEnding): Promise<void> {
	switch (ending.kind) {
		case 'saved':
			await afterEntrySaved(context, ending.entry);
			return;
		case 'draft':
		case 'nothing':
			stopNote(context, ending.kind, ending.reason);
			return;
		case 'refused':
			throw invalid(
				ending.message,
				ending.keptDraft
					? `Nothing was saved; the answers before it are kept as a draft. Each line of the input answers one question (see cope exercises show <id>).`
					: 'Nothing was saved. Each line of the input answers one question (see cope exercises show <id>).',
			);
	}
}

function stopNote(context: Context, kind: 'draft' | 'nothing', reason: StopReason): void {
	if (reason === 'hangup') return;
	if (reason === 'end' && context.stdin.isTTY !== true) {
		// A script's input ran out before the end: said on stderr, and exit 1, so the script can tell.
		throw failure(
			kind === 'draft'
				? 'the input ended before the exercise was finished; nothing was saved.'
				: 'the input ended before anything was answered; nothing was written.',
			kind === 'draft'
				? `The answers so far are kept as a draft: run it again to pick up where you left off. To save, end the input with an empty line (the review's "save").`
				: undefined,
		);
	}
	context.stdout.write(kind === 'draft' ? `${DRAFT_KEPT}\n` : 'Closed. Nothing was written.\n');
}

/** `cope run <id> --plain` (or TERM=dumb, or ui.plain): the exercise as line-by-line prompts. */
export async function runExercisePlain(context: Context, exercise: Exercise): Promise<void> {
	const ending = await withPlainIO(context, (io) => new PlainRun(exercise, plainDeps(context), io).run());
	await reportEnding(context, ending);
}
