// Test-only: makes writes to files under COPE_TEST_ENOSPC_DIR fail with ENOSPC while
// the file COPE_TEST_ENOSPC_FLAG exists, as on a full disk (the first write to a
// file takes a few bytes, then fails, as a real full disk can). Loaded with
// NODE_OPTIONS=--require by test/helpers/faults.ts where no tmpfs can be mounted.
'use strict';
const fs = require('node:fs');
const {syncBuiltinESMExports} = require('node:module');
const path = require('node:path');

const dir = process.env.COPE_TEST_ENOSPC_DIR;
const flag = process.env.COPE_TEST_ENOSPC_FLAG;
const paths = new Map();
const full = () => fs.existsSync(flag);
// COPE_TEST_ENOSPC_MATCH narrows it to some files (e.g. only entries.jsonl's appends).
const match = process.env.COPE_TEST_ENOSPC_MATCH ? new RegExp(process.env.COPE_TEST_ENOSPC_MATCH) : undefined;
const inside = (file) => typeof file === 'string' && path.resolve(file).startsWith(dir) && (match === undefined || match.test(file));
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC', errno: -28, syscall: 'write'});

const {openSync, closeSync, writeSync, writeFileSync} = fs;
fs.openSync = function (file, ...rest) {
	const fd = openSync.call(this, file, ...rest);
	if (inside(file)) paths.set(fd, {path: file, wrote: false});
	return fd;
};
fs.closeSync = function (fd) {
	paths.delete(fd);
	return closeSync.call(this, fd);
};
fs.writeSync = function (fd, data, ...rest) {
	const open = paths.get(fd);
	if (open && full()) {
		const length = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
		if (!open.wrote && length > 4 && typeof data !== 'string') {
			open.wrote = true;
			const offset = typeof rest[0] === 'number' ? rest[0] : 0;
			return writeSync.call(this, fd, data, offset, 4);
		}
		throw enospc();
	}
	return writeSync.call(this, fd, data, ...rest);
};
fs.writeFileSync = function (file, ...rest) {
	if (inside(file) && full()) throw enospc();
	return writeFileSync.call(this, file, ...rest);
};
syncBuiltinESMExports();
