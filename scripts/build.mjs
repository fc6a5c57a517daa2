// @ts-check
// Builds dist/ with esbuild: ES modules, split into chunks.
//
// - dist/cli.js: the entry (src/cli.ts) with what every command needs to start.
// - dist/chunks/*.js: everything reached through an `import()` (a command's heavy half, the
//   TUI, Ink and React, zod, chrono-node, conf, csv-parse) and code those chunks share.
//   A chunk is read only when a command first awaits that import, so the fast paths
//   (log, journal, list, report, export) never read Ink's or zod's code. The seams are the
//   `await import()` calls in src/ (docs/architecture.md, "How the build works").
// - dist/meta.json: the sources and static imports of each output file, for test/build/fast-path.test.ts.
//
// bin/cope.js turns on Node's compile cache (Node 22+) before it imports dist/cli.js.
import {build} from 'esbuild';
import {rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
rmSync(dist, {recursive: true, force: true});

/**
 * commander requires node:child_process for executable subcommands (`program.command(name,
 * description)`), which cope does not use; loading it costs every start milliseconds. Its
 * require gets scripts/no-child-process.cjs instead, which says so if ever called.
 */
const commanderWithoutChildProcess = {
	name: 'commander-without-child-process',
	/** @param {import('esbuild').PluginBuild} b */
	setup(b) {
		b.onResolve({filter: /^(node:)?child_process$/}, (args) =>
			/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? {path: join(root, 'scripts', 'no-child-process.cjs')} : undefined,
		);
	},
};

const result = await build({
	absWorkingDir: root,
	entryPoints: {cli: 'src/cli.ts'},
	outdir: dist,
	chunkNames: 'chunks/[name]-[hash]',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// Node 20 has every \p{…} and RegExp's v flag: keep them as literals, not new RegExp() built at load.
	supported: {'regexp-unicode-property-escapes': true, 'regexp-set-notation': true},
	jsx: 'automatic',
	sourcemap: 'linked',
	metafile: true,
	// Fewer bytes for Node to read and parse on every start (Node 20 has no compile cache).
	// Stack traces map back to src/ with node --enable-source-maps.
	minify: true,
	logLevel: 'warning',
	// React and Ink pick their production code from NODE_ENV.
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports React devtools only when DEV=true, and cope does not ship them: left
	// as an import that fails (Ink then says how to install them), as it would unbundled.
	external: ['react-devtools-core'],
	plugins: [commanderWithoutChildProcess],
	// The CommonJS libraries in the bundle (React, commander) call require() for Node's
	// builtins: an ES module has no require of its own, so each chunk gets one.
	banner: {js: "import {createRequire as __copeRequire} from 'node:module'; const require = __copeRequire(import.meta.url);"},
});

// For each output file: the sources it holds and the files it imports statically (read at
// once with it; an import() is read when awaited). test/build/fast-path.test.ts reads this.
const inDist = (/** @type {string} */ file) => relative('dist', file).split('\\').join('/');
const outputs = Object.fromEntries(
	Object.entries(result.metafile.outputs)
		.filter(([file]) => file.endsWith('.js'))
		.map(([file, output]) => [
			inDist(file),
			{
				sources: Object.keys(output.inputs),
				imports: output.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => inDist(i.path)),
			},
		]),
);
writeFileSync(join(dist, 'meta.json'), JSON.stringify(outputs, null, '\t') + '\n');
