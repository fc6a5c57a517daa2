import type {Context} from '../../context.js';
import type {Entry} from '../../domain/entry.js';
import {renderDocument} from '../../domain/edit/document.js';
import type {FieldSpec} from '../../domain/edit/fields.js';
import {CopeError, failure, invalid} from '../../errors.js';
import {rewriteEditFile, withEditFile} from '../../store/edit-file.js';
import {askYesNo} from '../common/confirm.js';
import {shortId} from '../common/read.js';
import {chooseEditor, runEditor} from '../../editor-process.js';

/** After a failed save, the edit file stays (with the path in the hint) unless the entry was deleted meanwhile. */
function keepWords(error: unknown, path: string): boolean {
	if (!(error instanceof CopeError) || error.exitCode !== 1) return false;
	const cause = error.cause as {name?: string; problem?: {code?: string}} | undefined;
	if (cause?.name !== 'StoreError' || cause.problem?.code === 'deleted-meanwhile' || cause.problem?.code === 'missing') return false;
	(error as {hint: string | undefined}).hint =
		`${error.hint ?? ''}\nWhat you wrote is kept in ${path} (\`cope doctor --repair\` moves it to the quarantine).`.trim();
	return true;
}

function withProblem(text: string, problem: string): string {
	const kept = text.split('\n').filter((line) => !line.startsWith('# PLEASE FIX: '));
	return [...problem.split('\n').map((line) => `# PLEASE FIX: ${line}`), ...kept].join('\n');
}

/**
 * Opens the entry in the person's editor, saves the new version with `save` and
 * returns it (undefined: nothing changed). If what they wrote cannot be used, they
 * are told why and may reopen it with their words kept; saying no leaves the store
 * as it was (exit 2). If saving fails (another cope changed the entry meanwhile, a
 * full disk), the file with their words is kept and the message says where; only
 * when the entry was deleted meanwhile does it go, as the delete asked.
 */
export async function editInEditor(
	context: Context,
	entry: Entry,
	fields: readonly FieldSpec[],
	apply: (text: string) => Promise<Entry | undefined>,
	save: (next: Entry) => void,
): Promise<Entry | undefined> {
	if (!context.interactive) {
		throw invalid(
			'cope edit opens your editor, which needs a terminal, and this is not one.',
			`Without one, change fields with --set, e.g. cope edit ${shortId(entry.id)} --set mood=5 --set note="..."`,
		);
	}
	const editor = chooseEditor(context.env);
	if (editor === undefined)
		throw invalid(
			'no editor found: VISUAL and EDITOR are not set, and neither vi nor nano is installed.',
			`Set one (export EDITOR=nano), or use cope edit ${shortId(entry.id)} --set field=value.`,
		);
	const original = renderDocument(entry, fields);
	return withEditFile(
		context.paths,
		shortId(entry.id),
		original,
		async (path, read) => {
			for (;;) {
				const run = runEditor(editor, path, context.env);
				if (run.error)
					throw failure(
						`could not start your editor (${editor}): ${run.error.message}`,
						'Set another with EDITOR, or use cope edit <id> --set field=value.',
					);
				if (run.signal !== null) throw failure(`your editor (${editor}) was stopped; nothing was changed.`);
				if (run.status !== 0) throw failure(`your editor (${editor}) ended with status ${run.status}; nothing was changed.`);
				const text = read();
				if (text === original) return undefined;
				let next: Entry | undefined;
				try {
					next = await apply(text);
				} catch (error) {
					if (!(error instanceof CopeError) || error.exitCode !== 2) throw error;
					context.stderr.write(`cope: ${error.message}\n`);
					if (!(await askYesNo(context, 'Open it again to fix that? (your changes are kept)', true))) {
						throw invalid(error.message, 'Nothing was changed.');
					}
					rewriteEditFile(path, withProblem(text, error.message));
					continue;
				}
				if (next !== undefined) save(next);
				return next;
			}
		},
		keepWords,
	);
}
