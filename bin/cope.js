#!/usr/bin/env node
// @ts-check
// Starts cope: the built CLI is dist/cli.js (scripts/build.mjs, docs/architecture.md).
import module from 'node:module';

// Node 22.1+ keeps the compiled code of the modules it loads (in the system's temporary
// folder), so later starts skip most parsing. Node 20 has no such cache and starts as usual.
// (@types/node follows Node 20, which has no enableCompileCache.)
/** @type {{enableCompileCache?: () => unknown}} */ (module).enableCompileCache?.();

// cope never uses the network, and says so: there is no fetch in it. (yoga-layout, under Ink,
// would otherwise load its own WebAssembly through fetch of a data: URL: ~20 ms of undici
// at every screen's start, where reading the same bytes directly is instant.)
// @ts-expect-error -- fetch is a global Node defines, and deleting it is allowed.
delete globalThis.fetch;

// Built by `npm run build` (run by `npm install` too); not type-checked from here.
const built = '../dist/cli.js';
/** @type {{run(): Promise<void>}} */
const cli = await import(built);
await cli.run();
