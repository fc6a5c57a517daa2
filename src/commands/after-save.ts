import type {Context} from '../context.js';
import type {Entry} from '../domain/entry.js';

/**
 * Runs after any entry is saved, from the CLI or the TUI. The safety work hooks in
 * here: a calm message with help after a hard entry (SPEC §6).
 */
export function afterEntrySaved(_context: Context, _entry: Entry): void {}
