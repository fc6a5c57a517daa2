import type {Context} from '../../context.js';
import type {Entry} from '../../domain/entry.js';
import {alertedRecently, type AlertLevels, alertLevels, alertMessage, isHardEntry, isRecentEntry} from '../../safety/alert.js';
import {actionCommands, HELP_ACTIONS, type HelpAction} from '../../safety/help-content.js';
import {firstHelp} from '../../safety/help.js';
import {firstCopingStrategy} from '../../safety/plan.js';
import {readState, updateState} from '../../store/state.js';
import {readPlanVersions} from './plan-versions.js';

// What is said after a hard entry (docs/safety.md, "After a hard entry"). Read only when an
// entry is a hard one: after-save.ts decides that, with no more than the settings.

/** Entries whose message the screens showed in their summary: the shell does not repeat it. */
const shownOnScreen = new Set<string>();

/** The message for the TUI to show in its own summary, at once; afterEntrySaved then stays quiet for it. */
export function helpAfterEntryOnScreen(context: Context, entry: Entry): string[] | undefined {
	try {
		const message = helpAfterEntry(context, entry, 'screen');
		if (message !== undefined) shownOnScreen.add(entry.id);
		return message;
	} catch {
		return undefined;
	}
}

/**
 * The calm message after a hard entry, or undefined when none is due: a hard entry
 * (judged on its latest ratings) dated within the last 12 hours, and none shown in
 * the last minute. Deciding costs the settings read; the store and state are read
 * only for a hard entry. Records the time it is shown, so it is not repeated within
 * a minute. In a shell it ends with the commands that start what help now offers.
 */
export function helpAfterEntry(context: Context, entry: Entry, where: 'shell' | 'screen' = 'shell'): string[] | undefined {
	const settings = context.settings();
	const now = context.now();
	if (!isHardEntry(entry, alertLevels(settings)) || !isRecentEntry(entry, now)) return undefined;
	if (alertedRecently(readState(context.paths).lastAlert, now)) return undefined;
	let strategy: string | undefined;
	try {
		strategy = firstCopingStrategy(readPlanVersions(context, {warn: false})[0]);
	} catch {
		// An unreadable store must not hold back the lines below.
	}
	const message = alertMessage(firstHelp(settings, context.env), strategy, where);
	if (where === 'shell') message.push(`Something to start now: ${actionCommands(actionsAfter(entry, alertLevels(settings)))}`);
	try {
		updateState(context.paths, {lastAlert: now.toISOString()});
	} catch {
		// Could not remember it: at worst the message shows again next time.
	}
	return message;
}

/** What to offer after this entry, as commands: riding out the urge first when the urge was high. */
function actionsAfter(entry: Entry, levels: AlertLevels): HelpAction[] {
	const urge = entry.metrics?.['urge'] ?? entry.values['urge'];
	const urgeFirst = typeof urge === 'number' && urge >= levels.urge;
	const exercises = HELP_ACTIONS.filter((action) => action.exercise !== undefined);
	const ordered = urgeFirst
		? [...exercises.filter((action) => action.id === 'urge'), ...exercises.filter((action) => action.id !== 'urge')]
		: exercises;
	return ordered.slice(0, 3);
}

/** The message after a hard entry in a shell, unless the screen showed it already. */
export function helpAfterEntryInShell(context: Context, entry: Entry): string[] | undefined {
	if (shownOnScreen.has(entry.id)) return undefined;
	return helpAfterEntry(context, entry);
}
