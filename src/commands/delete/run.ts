import {format} from 'date-fns';
import type {Context} from '../../context.js';
import {tombstone} from '../../domain/edit/apply.js';
import {summarizeEntry, typeLabel} from '../../domain/summary.js';
import {inert, truncate} from '../../domain/text.js';
import {wallClock} from '../../domain/time.js';
import {invalid} from '../../errors.js';
import {replaceEntry} from '../../store/revise.js';
import {askYesNo} from '../common/confirm.js';
import {findEntry, shortId} from '../common/read.js';
import {saying} from '../../words/store-errors.js';

export async function deleteEntry(context: Context, idText: string, options: {yes?: boolean}): Promise<void> {
	const entry = findEntry(context, idText);
	if (!options.yes) {
		if (!context.interactive) {
			throw invalid(
				'cope delete asks before it deletes, and this is not a terminal to ask on.',
				`To delete without asking: cope delete ${shortId(entry.id)} --yes`,
			);
		}
		const when = format(wallClock(entry.at), 'EEE d MMM yyyy HH:mm');
		context.stderr.write(`${when}  ${typeLabel(entry.type)}  ${truncate(inert(summarizeEntry(entry), {singleLine: true}), 60)}\n`);
		if (!(await askYesNo(context, "Delete this entry? It can't be undone."))) {
			context.stdout.write('Kept it; nothing was deleted.\n');
			return;
		}
	}
	saying('delete', () => replaceEntry(context.paths, entry, tombstone(entry, context.now())));
	context.stdout.write('Deleted.\n');
}
