import type {Context} from '../../context.js';
import {readState, updateState} from '../../store/state.js';

/** Said once per data directory (docs/safety.md, "The first run"), plainly, on stderr: never in --json or piped stdout. */
export const FIRST_RUN_NOTE = [
	'cope supports therapy and self-help; it does not replace professional care.',
	'Help is there whenever you need it: cope sos (or ctrl+g inside cope).',
];

/**
 * Runs before every command: one small read of state.json; the first time, the
 * note and one write. It never stops the command it runs before.
 * COPE_NO_WELCOME=1 skips it (and writes nothing): for scripts, CI and test
 * suites, where the one-time note would only be noise in a log.
 */
export function showFirstRunNote(context: Context): void {
	if (context.env['COPE_NO_WELCOME'] === '1') return;
	try {
		if (readState(context.paths).welcomed !== undefined) return;
		context.stderr.write(FIRST_RUN_NOTE.join('\n') + '\n');
		updateState(context.paths, {welcomed: context.now().toISOString()});
	} catch {
		// A data directory we cannot write: the command itself will say so if it matters.
	}
}
