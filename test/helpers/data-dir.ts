import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

/**
 * Every file under a data directory with its bytes (and folders marked), to check
 * that a refused command left it byte for byte as it was. A missing dir is {}.
 */
export function snapshotDir(dir: string): Record<string, string> {
	const files: Record<string, string> = {};
	const walk = (path: string, prefix: string): void => {
		let names: string[];
		try {
			names = readdirSync(path);
		} catch {
			return;
		}
		for (const name of names.sort()) {
			const full = join(path, name);
			if (statSync(full).isDirectory()) {
				files[`${prefix}${name}/`] = 'dir';
				walk(full, `${prefix}${name}/`);
			} else files[`${prefix}${name}`] = readFileSync(full).toString('base64');
		}
	};
	walk(dir, '');
	return files;
}

export function storeText(home: string): string {
	try {
		return readFileSync(join(home, 'entries.jsonl'), 'utf8');
	} catch {
		return '';
	}
}
