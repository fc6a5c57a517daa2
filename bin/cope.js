#!/usr/bin/env node
// Starts cope. A CommonJS file (see bin/package.json): Node 20 starts CommonJS faster
// than an ES module, and only CommonJS can be compiled from a V8 code cache.
'use strict';

const {readFileSync} = require('node:fs');
const Module = require('node:module');
const {join} = require('node:path');
const {Script} = require('node:vm');

const FILE = join(__dirname, '..', 'dist', 'cli.cjs');
const CACHE_SUFFIX = '.cache';
/** dist/cli.cjs starts with this mark and its build's id; the cache file starts with the id. */
const MARK = '/*cope-build:';
const ID_LENGTH = 16;

/**
 * Loads dist/cli.cjs as a CommonJS module, with the compiled code that the build kept
 * (scripts/build.mjs) when it belongs to this very build and V8 accepts it (same Node,
 * same flags). Otherwise V8 compiles as usual: the cache only ever saves time.
 */
function loadCore({produceCache = false} = {}) {
	const source = readFileSync(FILE, 'latin1'); // the build checks that it is ASCII
	let cachedData;
	if (!produceCache && source.startsWith(MARK)) {
		try {
			const cache = readFileSync(FILE + CACHE_SUFFIX);
			if (cache.toString('latin1', 0, ID_LENGTH) === source.slice(MARK.length, MARK.length + ID_LENGTH)) cachedData = cache.subarray(ID_LENGTH);
		} catch {
			// No cache (or an unreadable one): compile from source.
		}
	}
	const script = new Script(Module.wrap(source), {filename: FILE, cachedData});
	// A module like any other, in the require cache: dist/tui.cjs requires this very one.
	const core = new Module(FILE, module);
	core.filename = FILE;
	require.cache[FILE] = core;
	script.runInThisContext().call(core.exports, core.exports, Module.createRequire(FILE), core, FILE, join(__dirname, '..', 'dist'));
	core.loaded = true;
	return {exports: core.exports, script};
}

module.exports = {loadCore, CACHE_SUFFIX};

if (require.main === module) {
	loadCore().exports.run();
}
