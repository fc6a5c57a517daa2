import {closeSync, fsyncSync, linkSync, openSync, realpathSync, renameSync, statSync, unlinkSync} from 'node:fs';
import {randomBytes} from 'node:crypto';
import {basename, dirname, join, resolve, sep} from 'node:path';
import {StoreError} from './store-error.js';
import {fsyncDir, writeAll} from './atomic.js';
import {type DataPaths, FILE_MODE} from './paths.js';

function exists(path: string): boolean {
	try {
		statSync(path);
		return true;
	} catch {
		return false;
	}
}

/** A path as the file system finally resolves it: every symlink followed, the folder's too; a name not made yet resolved by its folder. */
function realLocation(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		try {
			return join(realpathSync(dirname(path)), basename(path));
		} catch {
			return path;
		}
	}
}

/**
 * Would writing `path` touch cope's data: a file inside the data folder (however
 * either is reached, symlinks and all), or the file entries.jsonl links to?
 */
function isInDataDir(path: string, paths: DataPaths): boolean {
	const real = realLocation(path);
	const dir = realLocation(paths.dir);
	if (real === dir || real.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return true;
	return [paths.entries, paths.config, paths.state, paths.quarantine].some((own) => realLocation(own) === real);
}

/**
 * Writes an export all at once (temp file + fsync, then link or rename), readable by
 * the owner only (0600). An existing file is kept unless `overwrite`: the link that
 * publishes the new file fails if the name is taken, so nothing is replaced by a race.
 */
export function writeExportFile(target: string, data: string, options: {overwrite: boolean; paths: DataPaths}): string {
	const path = resolve(target);
	if (isInDataDir(path, options.paths)) throw new StoreError({code: 'export-in-data-dir', target});
	let stats;
	try {
		stats = statSync(dirname(path));
	} catch {
		throw new StoreError({code: 'export-no-folder', folder: dirname(path)});
	}
	if (!stats.isDirectory()) throw new StoreError({code: 'export-not-a-folder', folder: dirname(path)});
	if (exists(path)) {
		if (statSync(path).isDirectory()) throw new StoreError({code: 'export-target-is-folder', target});
		if (!options.overwrite) throw new StoreError({code: 'export-exists', target});
	}
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	let fd: number;
	try {
		fd = openSync(temp, 'wx', FILE_MODE);
	} catch (error) {
		throw new StoreError({code: 'export-failed', target: dirname(path), detail: (error as Error).message}, {cause: error});
	}
	try {
		try {
			writeAll(fd, Buffer.from(data, 'utf8'));
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
		publish(temp, path, options.overwrite, target);
	} finally {
		try {
			unlinkSync(temp);
		} catch {
			// Renamed into place: nothing left to remove.
		}
	}
	fsyncDir(dirname(path));
	return path;
}

function publish(temp: string, path: string, overwrite: boolean, target: string): void {
	if (overwrite) {
		renameSync(temp, path);
		return;
	}
	try {
		linkSync(temp, path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EEXIST') throw new StoreError({code: 'export-exists', target});
		// Some filesystems (FAT, some network mounts) have no hard links: checked above, rename.
		if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') {
			if (exists(path)) throw new StoreError({code: 'export-exists', target});
			renameSync(temp, path);
			return;
		}
		throw new StoreError({code: 'export-failed', target, detail: (error as Error).message}, {cause: error});
	}
}
