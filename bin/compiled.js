// Loads cope's built files (dist/*.cjs) with the compiled code the build kept for each
// (scripts/build.mjs), so that V8 need not parse and compile them again on every start.
'use strict';

const {readFileSync} = require('node:fs');
const Module = require('node:module');
const {dirname} = require('node:path');
const {Script} = require('node:vm');

const CACHE_SUFFIX = '.cache';
/** Each built file starts with this mark and its build's id. */
const MARK = '/*cope-build:';
const ID_LENGTH = 16;
/** A cache file starts with the build's id and the Node version that made it (V8 takes no other's). */
const cacheHeader = (id) => id + process.version.padEnd(16).slice(0, 16);
const HEADER_LENGTH = ID_LENGTH + 16;

/** While the build makes the caches: every script compiled, by file. */
let produced;

/**
 * Node 22.1 and later keep compiled code themselves (module.enableCompileCache, in the
 * system's temporary folder): where the build's caches were made by another Node, Node's
 * own serves instead. Node 20 has no such thing.
 */
let nodeCache;
function nodeCompileCache() {
	if (nodeCache === undefined) {
		const status = typeof Module.enableCompileCache === 'function' ? Module.enableCompileCache().status : undefined;
		const {ENABLED, ALREADY_ENABLED} = Module.constants?.compileCacheStatus ?? {};
		nodeCache = status !== undefined && (status === ENABLED || status === ALREADY_ENABLED);
	}
	return nodeCache;
}

/**
 * Loads a built file as a CommonJS module (once: it goes in the require cache), with its
 * cache when that belongs to this very build and this Node. V8 itself checks little more
 * than the source's length, so the build's id is what keeps a stale cache from running.
 * Otherwise Node's own cache serves where there is one, or V8 compiles as usual: a cache
 * only ever saves time. `how` says which it was (for the tests).
 */
function compile(file, parent) {
	const source = readFileSync(file, 'utf8');
	let cachedData;
	if (produced === undefined && source.startsWith(MARK)) {
		try {
			const cache = readFileSync(file + CACHE_SUFFIX);
			if (cache.toString('latin1', 0, HEADER_LENGTH) === cacheHeader(source.slice(MARK.length, MARK.length + ID_LENGTH))) cachedData = cache.subarray(HEADER_LENGTH);
		} catch {
			// No cache (or an unreadable one).
		}
	}
	if (cachedData === undefined && produced === undefined && nodeCompileCache()) {
		return {exports: require(file), script: undefined, how: 'node-cache'};
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
	const how = cachedData === undefined ? 'compiled' : script.cachedDataRejected ? 'cache-refused' : 'cache';
	return {exports: loaded.exports, script, how};
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

module.exports = {compile, loadCompiled, produceCaches, cacheHeader, CACHE_SUFFIX, MARK, ID_LENGTH};
