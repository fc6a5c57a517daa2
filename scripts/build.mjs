// @ts-check
// Builds dist/ with Rolldown (the bundler Vite uses): ES modules, split into chunks.
//
// - dist/cli.js: the entry (src/cli.ts). What it imports statically (commander, the fast
//   commands and the store code they use) is one chunk, dist/chunks/start-*.js, so a start
//   reads two files (each file costs time, most on Node 20, which has no compile cache).
// - dist/chunks/*.js: everything reached only through an `import()` (the other commands,
//   the TUI, Ink and React, zod, chrono-node, conf, csv-parse) and the code those share.
//   A chunk is read only when a command first awaits that import, so the fast paths never
//   read Ink's or zod's code. The seams are the `await import()` calls in src/
//   (docs/architecture.md, "How the build works").
// - dist/meta.json: the sources and static imports of each output file, for test/build/fast-path.test.ts.
//
// bin/cope.js turns on Node's compile cache (Node 22+) before it imports dist/cli.js.
import {build} from 'rolldown';
import * as childProcess from 'node:child_process';
import fs from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const graphemes = join(root, 'src', 'domain', 'graphemes.ts');
const dist = join(root, 'dist');
fs.rmSync(dist, {recursive: true, force: true});

/**
 * commander requires node:child_process for executable subcommands (`program.command(name,
 * description)`), which cope does not use; loading it costs every start milliseconds. Its
 * require gets scripts/no-child-process.cjs instead, which says so if ever called.
 * @type {import('rolldown').Plugin}
 */
const commanderWithoutChildProcess = {
	name: 'commander-without-child-process',
	resolveId(source, importer) {
		if (/^(node:)?child_process$/.test(source) && importer !== undefined && /[\\/]node_modules[\\/]commander[\\/]/.test(importer))
			return join(root, 'scripts', 'no-child-process.cjs');
		return undefined;
	},
};

/**
 * Ink and the libraries it draws with import the string-width package to measure text; they
 * get cope's own measure instead (src/tui/string-width.ts: the same signature), so the screens
 * and cope's layout count terminal cells alike, and the first screen is ~20 ms quicker.
 * @type {import('rolldown').Plugin}
 */
const oneWidthFunction = {
	name: 'one-width-function',
	resolveId(source, importer) {
		if (source === 'string-width' && importer !== undefined && /[\\/]node_modules[\\/]/.test(importer))
			return join(root, 'src', 'tui', 'string-width.ts');
		return undefined;
	},
};

/**
 * An ES import of node:fs makes Node build the module's whole namespace, and reading its
 * getters for that (`fs.promises`, the stream classes) loads fs/promises, readline and the
 * streams: ~3 ms at every start on Node 24, for code cope never runs. So every ES import of
 * node:fs (cope's and its libraries') gets the same functions from `process.getBuiltinModule`
 * (Node 20.16+), which hands over the module as CommonJS has it, getters unread. An import of
 * anything else from node:fs (a getter such as `promises`) fails the build, rather than
 * costing the time.
 *
 * node:child_process costs ~3 ms to load on Node 24, and the screens only need it to start an
 * editor (cope's) or to ask `tput` for the size of a terminal that is not one (Ink's
 * terminal-size): its functions are looked up when first called.
 * @type {import('rolldown').Plugin}
 */
const builtinsWhenUsed = {
	name: 'builtins-when-used',
	resolveId(source, importer) {
		const name = /^(?:node:)?(fs|child_process)$/.exec(source)?.[1];
		if (name !== undefined && importer !== undefined) return `\0node:${name}`;
		return undefined;
	},
	load(id) {
		if (id === '\0node:fs') {
			const names = Object.entries(Object.getOwnPropertyDescriptors(fs))
				.filter(([name, property]) => name === 'constants' || typeof property.value === 'function')
				.map(([name]) => name);
			return `const fs = process.getBuiltinModule('node:fs');\nexport default fs;\nexport const {${names.join(', ')}} = fs;\n`;
		}
		if (id === '\0node:child_process') {
			const names = Object.entries(childProcess)
				.filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name))
				.map(([name]) => name);
			const lines = names.map(
				(name) => `export const ${name} = (...args) => process.getBuiltinModule('node:child_process').${name}(...args);`,
			);
			return lines.join('\n') + '\n';
		}
		return undefined;
	},
};

/**
 * Ink 6 crashes on a key with Ctrl whose name it does not know (Ctrl+F1 sends ESC [1;5P),
 * and on a colour code pasted in (ESC [0m): its useInput takes the undefined name as the
 * input and calls .startsWith on it. Ink 7 fixed it (vadimdemedes/ink#902) but needs Node
 * 22. Until cope leaves Node 20, the same one-line fix is made here; the build fails if
 * Ink's code no longer has the line (then see whether the fix is still needed).
 * @type {import('rolldown').Plugin}
 */
const inkUnknownCtrlKey = {
	name: 'ink-unknown-ctrl-key',
	transform(code, id) {
		if (!/[\\/]node_modules[\\/]ink[\\/]build[\\/]hooks[\\/]use-input\.js$/.test(id)) return undefined;
		const line = /(else if \(keypress\.ctrl\) \{\s*input = keypress\.name)(;)/;
		if (!line.test(code)) throw new Error(`${id}: the line scripts/build.mjs mends (ink-unknown-ctrl-key) is gone`);
		// Every line keeps its place, so the source map stays right without one of its own.
		return {code: code.replace(line, "$1 ?? ''$2"), map: null};
	},
};

const result = await build({
	cwd: root,
	input: {cli: 'src/cli.ts'},
	platform: 'node',
	// Ink imports React devtools only when DEV=true, and cope does not ship them: left
	// as an import that fails (Ink then says how to install them), as it would unbundled.
	external: ['react-devtools-core'],
	plugins: [commanderWithoutChildProcess, oneWidthFunction, builtinsWhenUsed, inkUnknownCtrlKey],
	// dist/cli.js keeps its exports (run), and may gain some: what the screens group below needs.
	preserveEntrySignatures: 'allow-extension',
	// React and Ink pick their production code from NODE_ENV. Ink's libraries split each line they
	// draw into graphemes: src/domain/graphemes.ts does it for plain text without starting ICU.
	transform: {target: 'node20', jsx: 'react-jsx', define: {'process.env.NODE_ENV': '"production"'}, inject: {'Intl.Segmenter': graphemes}},
	logLevel: 'warn',
	output: {
		dir: dist,
		format: 'esm',
		chunkFileNames: 'chunks/[name]-[hash].js',
		// Fewer bytes for Node to read and parse on every start (Node 20 has no compile cache).
		// Stack traces map back to src/ with node --enable-source-maps.
		// COPE_NO_MINIFY=1 keeps the chunks readable, for a CPU profile.
		minify: !process.env['COPE_NO_MINIFY'],
		sourcemap: true,
		// What every start reads in one chunk ('$initial'), and the step types' screen parts in
		// one more (each is its own import(), all read when the screens open).
		codeSplitting: {
			groups: [
				{name: 'start', tags: ['$initial'], priority: 1},
				{name: 'screens', test: /[\\/]src[\\/]steps[\\/][^\\/]+[\\/]screen[\\/]/, includeDependenciesRecursively: false},
			],
		},
	},
});

// For each output file: the sources it holds and the files it imports statically (read at
// once with it; an import() is read when awaited). test/build/fast-path.test.ts reads this.
const fromRoot = (/** @type {string} */ file) => {
	const path = relative(root, file).split('\\').join('/');
	// A library's path from its node_modules folder, also when node_modules is a link.
	return path.includes('node_modules/') ? path.slice(path.indexOf('node_modules/')) : path;
};
const outputs = Object.fromEntries(
	result.output
		.filter((output) => output.type === 'chunk')
		.map((chunk) => [
			chunk.fileName,
			{
				sources: Object.keys(chunk.modules)
					.filter((id) => !id.startsWith('\0'))
					.map(fromRoot),
				imports: chunk.imports.filter((file) => !file.startsWith('node:')),
			},
		]),
);
fs.writeFileSync(join(dist, 'meta.json'), JSON.stringify(outputs, null, '\t') + '\n');
