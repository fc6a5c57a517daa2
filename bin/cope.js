#!/usr/bin/env node
// @ts-check
// Starts cope: the built CLI is dist/cli.js (scripts/build.mjs).
import module from 'node:module';

// Node 22.1+ keeps the compiled code of the modules it loads (in the system's temporary
// folder), so later starts skip most parsing. Node 20 has no such cache and starts as usual.
module.enableCompileCache?.();

const {run} = await import('../dist/cli.js');
await run();
