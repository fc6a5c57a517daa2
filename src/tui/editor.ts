import {chooseEditor, runEditor} from '../editor-process.js';
import type {DataPaths} from '../store/paths.js';

/**
 * Ctrl+E: the field's text in the person's editor ($VISUAL, $EDITOR, vi, nano: the
 * same choice as `cope edit`). The file is the same kind `cope edit` uses: private
 * (0600), inside the data directory, always removed after, and recognised by
 * `cope doctor` if a crash leaves one. Raw mode is handed back to the terminal while
 * the editor runs; runEditor blocks, which keeps Ink from drawing over it.
 */
export async function editInEditor(paths: DataPaths, env: NodeJS.ProcessEnv, stdin: NodeJS.ReadStream, text: string): Promise<string> {
	const editor = chooseEditor(env);
	if (editor === undefined) throw new Error('No editor found: set EDITOR (for example export EDITOR=nano).');
	// Read when first used: the edit file's random name needs node:crypto, which costs a
	// screen's start milliseconds to load.
	const {withEditFile} = await import('../store/edit-file.js');
	return withEditFile(paths, 'field', text, async (path, read) => {
		const raw = stdin.isTTY === true && stdin.isRaw;
		try {
			if (raw) stdin.setRawMode(false);
			const run = runEditor(editor, path, env);
			if (run.error) throw new Error(`Could not open your editor (${editor}).`);
			if (run.signal !== null) throw new Error(`Your editor (${editor}) was stopped, so its text was not used.`);
			if (run.status !== 0) throw new Error(`Your editor (${editor}) ended with an error, so its text was not used.`);
			return read();
		} finally {
			if (raw) stdin.setRawMode(true);
		}
	});
}
