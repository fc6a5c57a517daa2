#!/usr/bin/env node
// Starts cope. A CommonJS file (see bin/package.json): Node 20 starts CommonJS faster
// than an ES module, and only CommonJS can be compiled from a V8 code cache.
'use strict';

const {join} = require('node:path');
const {compile} = require('./compiled.js');

const FILE = join(__dirname, '..', 'dist', 'cli.cjs');

/** Loads dist/cli.cjs, from its code cache where it can (bin/compiled.js). */
function loadCore() {
	return compile(FILE, module);
}

module.exports = {loadCore};

if (require.main === module) {
	loadCore().exports.run();
}
