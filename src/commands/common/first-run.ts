import type {Context} from '../../context.js';
import {readState, updateState} from '../../store/state.js';

/** Said once per data directory (docs/safety.md, "The first run"), plainly, on stderr: never in --json or piped stdout. */
export const FIRST_RUN_NOTE = [
	'cope supports therapy and self-help; it does not replace professional care.',
	'Help is there whenever you need it: cope sos (or ctrl+g inside cope).',
];

/**
 * Runs before every command: one small read of state.json; the first time, the note.
 * It never stops the command it runs before, and writes nothing: `recordFirstRunNote`
 * does, once the command has succeeded, so bad input still writes nothing (and the note
 * comes again next time). Returns whether the note was shown.
 * COPE_NO_WELCOME=1 skips it: for scripts, CI and test suites, where the one-time note
 * would only be noise in a log.
 */
export function showFirstRunNote(context: Context): boolean {
	if (context.env['COPE_NO_WELCOME'] === '1') return false;
	try {
		if (readState(context.paths).welcomed !== undefined) return false;
		context.stderr.write(FIRST_RUN_NOTE.join('\n') + '\n');
		return true;
	} catch {
		// A data directory we cannot read: the command itself will say so if it matters.
		return false;
	}
}

/** After a command that showed the note succeeded: it is not shown again. */
export function recordFirstRunNote(context: Context): void {
	try {
		updateState(context.paths, {welcomed: context.now().toISOString()});
	} catch {
		// A data directory we cannot write: the note comes again next time, which is no harm.
	}
}
