import {spawn, spawnSync} from 'node:child_process';
import {delimiter, join} from 'node:path';
import {accessSync, constants} from 'node:fs';

/** The program that opens a file with the desktop's viewer here, or why there is none. */
export function desktopOpener(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): {command: string} | {none: string} {
	if (platform === 'darwin') return {command: 'open'};
	if (platform === 'win32') return {none: 'cope cannot open files on Windows yet'};
	if (!env['DISPLAY'] && !env['WAYLAND_DISPLAY']) return {none: 'there is no desktop here (no DISPLAY or WAYLAND_DISPLAY)'};
	for (const dir of (env['PATH'] ?? '').split(delimiter)) {
		if (dir === '') continue;
		try {
			accessSync(join(dir, 'xdg-open'), constants.X_OK);
			return {command: join(dir, 'xdg-open')};
		} catch {
			// Not in this folder.
		}
	}
	return {none: 'xdg-open is not installed'};
}

/** Starts the viewer and lets it run on its own; true when it started. */
export function openFile(command: string, file: string, env: NodeJS.ProcessEnv): boolean {
	try {
		if (command === 'open') return spawnSync(command, [file], {stdio: 'ignore', env}).status === 0;
		const child = spawn(command, [file], {detached: true, stdio: 'ignore', env});
		child.on('error', () => undefined);
		child.unref();
		return child.pid !== undefined;
	} catch {
		return false;
	}
}
