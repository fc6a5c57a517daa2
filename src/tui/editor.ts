import {spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {type DataPaths, ensureDir, FILE_MODE} from '../store/paths.js';

function shellQuote(text: string): string {
	return `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * Ctrl+E: the field's text in $VISUAL / $EDITOR. The temp file lives in the data
 * directory (0600, never /tmp, where others might read it) and is deleted after.
 * Raw mode is handed back to the terminal while the editor runs; spawnSync keeps
 * Ink from drawing over it.
 */
export function editInEditor(paths: DataPaths, env: NodeJS.ProcessEnv, stdin: NodeJS.ReadStream, text: string): string {
	const editor = (env['VISUAL'] ?? '').trim() || (env['EDITOR'] ?? '').trim() || 'vi';
	ensureDir(paths.dir);
	const file = join(paths.dir, `.editing-${process.pid}-${randomBytes(4).toString('hex')}.txt`);
	writeFileSync(file, text, {mode: FILE_MODE, flag: 'wx'});
	const raw = stdin.isTTY === true && stdin.isRaw;
	try {
		if (raw) stdin.setRawMode(false);
		// EDITOR may carry arguments ("code -w"), so it goes through the shell; the path is quoted.
		const result = spawnSync(`${editor} ${shellQuote(file)}`, {shell: true, stdio: 'inherit', env});
		if (result.error) throw new Error(`Could not open your editor (${editor}).`);
		if (result.status !== 0) throw new Error(`Your editor (${editor}) ended with an error, so its text was not used.`);
		return readFileSync(file, 'utf8');
	} finally {
		if (raw) stdin.setRawMode(true);
		rmSync(file, {force: true});
	}
}
