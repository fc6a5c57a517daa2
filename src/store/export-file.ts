import {closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync} from 'node:fs';
import {randomBytes} from 'node:crypto';
import {basename, dirname, join, resolve} from 'node:path';
import {failure, invalid} from '../errors.js';
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

/**
 * Writes an export all at once (temp file + fsync, then link or rename), readable by
 * the owner only (0600). An existing file is kept unless `overwrite`: the link that
 * publishes the new file fails if the name is taken, so nothing is replaced by a race.
 */
export function writeExportFile(target: string, data: string, options: {overwrite: boolean; paths: DataPaths}): string {
	const path = resolve(target);
	const own = [options.paths.entries, options.paths.config, options.paths.state, options.paths.quarantine, options.paths.lock, options.paths.index];
	if (own.includes(path)) throw invalid(`${target} is one of cope's own data files; an export there would replace it.`, 'Export to another file, e.g. -o ~/cope-backup.json');
	let stats;
	try {
		stats = statSync(dirname(path));
	} catch {
		throw invalid(`the folder ${dirname(path)} does not exist.`, 'Create it first, or export somewhere else.');
	}
	if (!stats.isDirectory()) throw invalid(`${dirname(path)} is not a folder.`);
	if (exists(path)) {
		if (statSync(path).isDirectory()) throw invalid(`${target} is a folder.`, 'Give a file name, e.g. -o ~/cope-backup.json');
		if (!options.overwrite) throw invalid(`${target} already exists; cope does not replace it.`, 'Choose another name, or add --force to replace it.');
	}
	const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
	let fd: number;
	try {
		fd = openSync(temp, 'wx', FILE_MODE);
	} catch (error) {
		throw failure(`cannot write in ${dirname(path)}: ${(error as Error).message}`, 'Nothing was written. Export somewhere else with -o.', error);
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
		if (code === 'EEXIST') throw invalid(`${target} already exists; cope does not replace it.`, 'Choose another name, or add --force to replace it.');
		// Some filesystems (FAT, some network mounts) have no hard links: checked above, rename.
		if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV') {
			if (exists(path)) throw invalid(`${target} already exists; cope does not replace it.`, 'Choose another name, or add --force to replace it.');
			renameSync(temp, path);
			return;
		}
		throw failure(`cannot write ${target}: ${(error as Error).message}`, 'Nothing was written.', error);
	}
}
