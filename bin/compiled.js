// Loads cope's built files (dist/*.cjs) with the compiled code the build kept for each
// (scripts/build.mjs), so that V8 need not parse and compile them again on every start.
'use strict';

const {readFileSync} = require('node:fs');
const Module = require('node:module');
const {dirname} = require('node:path');
const {Script} = require('node:vm');

const CACHE_SUFFIX = '.cache';
/** Each built file starts with this mark and its build's id; its cache file starts with the id. */
const MARK = '/*cope-build:';
const ID_LENGTH = 16;

/** While the build makes the caches: every script compiled, by file. */
let produced;

/**
 * Loads a built file as a CommonJS module (once: it goes in the require cache), with
 * its cache when that belongs to this very build and V8 accepts it (same Node, same
 * flags). V8 itself checks little more than the source's length, so the build's id is
 * what keeps a stale cache from running. Otherwise V8 compiles as usual: the cache
 * only ever saves time.
 */
function compile(file, parent) {
	const source = readFileSync(file, 'utf8');
	let cachedData;
	if (produced === undefined && source.startsWith(MARK)) {
		try {
			const cache = readFileSync(file + CACHE_SUFFIX);
			if (cache.toString('latin1', 0, ID_LENGTH) === source.slice(MARK.length, MARK.length + ID_LENGTH)) cachedData = cache.subarray(ID_LENGTH);
		} catch {
			// No cache (or an unreadable one): compile from source.
		}
	}
	const script = new Script(Module.wrap(source), {filename: file, cachedData});
	produced?.set(file, script);
	const loaded = new Module(file, parent);
	loaded.filename = file;
	require.cache[file] = loaded;
	try {
		script.runInThisContext().call(loaded.exports, loaded.exports, Module.createRequire(file), loaded, file, dirname(file));
	} catch (error) {
		delete require.cache[file];
		throw error;
	}
	loaded.loaded = true;
	return {exports: loaded.exports, script};
}

/** A built file's exports: what dist/cli.cjs and dist/tui.cjs call for each other and for dist/vendor. */
function loadCompiled(file, parent) {
	return require.cache[file]?.exports ?? compile(file, parent).exports;
}

/** For the build: from now on, compile every file afresh and keep its script, to write its cache. */
function produceCaches() {
	produced = new Map();
	return produced;
}

module.exports = {compile, loadCompiled, produceCaches, CACHE_SUFFIX, MARK, ID_LENGTH};
