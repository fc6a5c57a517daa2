import type {Context} from '../../context.js';
import type {Entry} from '../../domain/entry.js';
import {alertLevels, isHardEntry, isRecentEntry} from '../../safety/alert.js';

/**
 * Runs after any entry is saved, from the CLI or the TUI (after "Saved."). After a hard
 * entry (hard-entry-help.ts) the message goes to stdout on a terminal; when stdout is piped
 * or redirected it goes to stderr instead, so a script reading stdout (or any --json output)
 * is never changed by it, while a person still sees it. It never throws: the entry is
 * already saved, and nothing here may turn that into a failure.
 */
export async function afterEntrySaved(context: Context, entry: Entry): Promise<void> {
	try {
		// Most entries are not hard ones: they are told apart here, and the message's code
		// (help lines, the safety plan) is read only for those that are.
		if (!isHardEntry(entry, alertLevels(context.settings())) || !isRecentEntry(entry, context.now())) return;
		const {helpAfterEntryInShell} = await import('./hard-entry-help.js');
		const message = helpAfterEntryInShell(context, entry);
		if (message === undefined) return;
		const out = context.stdout.isTTY ? context.stdout : context.stderr;
		out.write(message.join('\n') + '\n');
	} catch {
		// Nothing to add: see above.
	}
}
