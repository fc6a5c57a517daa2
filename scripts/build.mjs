// Builds dist/ for a fast start.
//
// - dist/cli.cjs: cope's own code but the TUI, plus the small libraries, as one CommonJS file.
//   CommonJS because Node 20 loads a CommonJS file faster than ES modules (no module
//   graph to link), and because a CommonJS file can be compiled from a V8 code cache.
//   Code reached only through import() is wrapped to run on first use, so the report and
//   the importers cost nothing until a command needs them.
// - dist/tui.cjs: the screens (src/tui), required only when a command draws one; it uses
//   cli.cjs's own copy of the store and domain modules.
// - dist/vendor/*.cjs: the heavy libraries (Ink and React, zod, conf, chrono-node,
//   csv-parse), one file each, loaded only when a command first touches them: the
//   fast paths (log, journal, list, report, export) never read these files.
// - dist/**/*.cjs.cache: V8's compiled code for each file, made by running the fast paths
//   and loading the rest once here; bin/compiled.js hands it to V8, so start-up skips
//   most parsing and compiling.
// - dist/meta.json: which sources each output holds (the fast-path tests use it);
//   dist/build.json: this build's id and the Node that made the cache.
import {build, transform} from 'esbuild';
import {randomBytes} from 'node:crypto';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, relative, sep} from 'node:path';
import {Writable} from 'node:stream';
import {fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);
const {cacheHeader, loadCompiled, produceCaches, CACHE_SUFFIX, MARK, ID_LENGTH} = require('../bin/compiled.js');
const {loadCore} = require('../bin/cope.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
rmSync(dist, {recursive: true, force: true});

/**
 * The heavy libraries, by the file they are built into. Everything one file lists shares
 * one copy of its dependencies: React must be one instance for Ink and cope's own JSX.
 */
const VENDOR = {
  ui: ['ink', 'react', 'react/jsx-runtime', 'yoga-layout'],
  zod: ['zod'], // zod, chrono-node and conf: only the parts cope uses (see usedMembers)
  conf: ['conf'],
  chrono: ['chrono-node'],
  csv: ['csv-parse/sync'],
};
const vendorOf = new Map(Object.entries(VENDOR).flatMap(([file, specifiers]) => specifiers.map((specifier) => [specifier, file])));

const shared = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // Node 20 has RegExp's v flag and every \p{…}: left as literals, not new RegExp() built at load.
  supported: {'regexp-set-notation': true, 'regexp-unicode-property-escapes': true},
  charset: 'ascii',
  // As tsconfig.json says; given here too, since files a plugin resolves do not get tsconfig's settings.
  jsx: 'automatic',
  sourcemap: 'linked',
  // `import.meta.url` has no CommonJS meaning: give it this file's URL.
  define: {'process.env.NODE_ENV': '"production"', fetch: 'undefined', 'import.meta.url': '__copeFileUrl'},
  logLevel: 'warning',
  metafile: true,
};
/**
 * Every built file starts with a fixed-length mark, replaced after the build by this
 * build's id (same length, so source maps hold): bin/compiled.js uses a file's code
 * cache only when the cache starts with the same id.
 */
const BUILD_MARK = `${MARK}${'0'.repeat(ID_LENGTH)}*/`;
const BANNER = `${BUILD_MARK}var __copeFileUrl = require('node:url').pathToFileURL(__filename).href;`;

/** Code that loads another built file (a path within dist/) through bin/compiled.js, with its code cache. */
const loadBuilt = (file) => `require('../bin/compiled.js').loadCompiled(require('node:path').join(__dirname, ${JSON.stringify(file)}), module)`;

/** Ink imports react-devtools-core only when DEV=true; stub it so the bundle has no dangling import. */
const stubDevtools = {
  name: 'stub-react-devtools',
  setup(b) {
    b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
    b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
  },
};

/**
 * Ink and its layout engine use top-level await, which CommonJS cannot hold:
 * - Ink's reconciler awaits only on its DEV=true path (React devtools); cope drops that path.
 * - yoga-layout awaits its WebAssembly at import. Ink reads `Yoga.*` only while laying out,
 *   so it gets an object that src/tui/yoga-ready.ts fills in before the first render.
 * A text that is not found fails the build: a new Ink must be looked at, not guessed at.
 */
const noTopLevelAwait = {
  name: 'no-top-level-await',
  setup(b) {
    b.onResolve({filter: /^yoga-layout$/}, (args) => (args.namespace === 'yoga' ? undefined : {path: 'yoga-layout', namespace: 'yoga'}));
    b.onLoad({filter: /.*/, namespace: 'yoga'}, () => ({
      resolveDir: root,
      loader: 'js',
      contents: [
        "import {loadYoga} from 'yoga-layout/load';",
        'const Yoga = {};',
        'export default Yoga;',
        'export async function yogaReady() { if (Yoga.Node === undefined) Object.assign(Yoga, await loadYoga()); }',
      ].join('\n'),
    }));
    b.onLoad({filter: /node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/}, (args) => {
      const patches = [
        ["await import('./devtools.js');", "throw new Error('cope does not ship React devtools');"],
        ['? await loadPackageJson()', '? {name: undefined, version: undefined}'],
      ];
      let code = readFileSync(args.path, 'utf8');
      for (const [from, to] of patches) {
        if (!code.includes(from)) throw new Error(`ink's reconciler no longer contains ${JSON.stringify(from)}: check scripts/build.mjs`);
        code = code.replace(from, to);
      }
      return {contents: code, loader: 'js'};
    });
  },
};

/**
 * Builtins that libraries on the fast path require when they load but cope never has
 * them use, each costing milliseconds on every start: commander's node:child_process
 * (for executable subcommands) and ulid's node:crypto (its default randomness; cope
 * gives ulid its own). Those libraries get a stand-in that loads the real module only
 * if it is ever touched.
 */
const LAZY_BUILTINS = {commander: 'child_process', ulid: 'crypto'};
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({filter: /^(node:)?(child_process|crypto)$/}, (args) => {
      const library = Object.keys(LAZY_BUILTINS).find((name) => new RegExp(`node_modules[\\\\/]${name}[\\\\/]`).test(args.importer));
      const builtin = args.path.replace(/^node:/, '');
      return library !== undefined && LAZY_BUILTINS[library] === builtin ? {path: builtin, namespace: 'lazy'} : undefined;
    });
    b.onLoad({filter: /.*/, namespace: 'lazy'}, (args) => ({
      contents: `let real; module.exports = new Proxy({}, {get: (_, key) => (real ??= require(${JSON.stringify(`node:${args.path}`)}))[key]});`,
      loader: 'js',
    }));
  },
};

/**
 * In cli.cjs, a heavy library is a require() of its vendor file, made where the importing
 * code first runs. The stand-in is an ES module, so a default import gets the library's
 * own default export (an ES library's `default`, a CommonJS library's module.exports).
 */
const vendorImports = {
  name: 'vendor-imports',
  setup(b) {
    b.onResolve({filter: /^[^./]/}, (args) => (vendorOf.has(args.path) ? {path: args.path, namespace: 'vendor'} : undefined));
    b.onResolve({filter: /^vendor-cjs:/}, (args) => ({path: args.path.slice('vendor-cjs:'.length), namespace: 'vendor-cjs'}));
    b.onResolve({filter: /^\.\.\/bin\/compiled\.js$/}, (args) => ({path: args.path, external: true}));
    b.onLoad({filter: /.*/, namespace: 'vendor'}, (args) => ({
      contents: [
        `import library from ${JSON.stringify(`vendor-cjs:${args.path}`)};`,
        `export * from ${JSON.stringify(`vendor-cjs:${args.path}`)};`,
        'export default library && library.__esModule ? library.default : library;',
      ].join('\n'),
      loader: 'js',
    }));
    b.onLoad({filter: /.*/, namespace: 'vendor-cjs'}, (args) => ({
      contents: `module.exports = ${loadBuilt(`vendor/${vendorOf.get(args.path)}.cjs`)}[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

/** The bundle's src/tui/yoga-ready.ts is the yoga stand-in's own (see noTopLevelAwait). */
const yogaReadyFromVendor = {
  name: 'yoga-ready',
  setup(b) {
    b.onLoad({filter: /src[\\/]tui[\\/]yoga-ready\.ts$/}, () => ({contents: "export {yogaReady} from 'yoga-layout';", loader: 'js'}));
  },
};

/**
 * A node: builtin behind import() would stay an import() in CommonJS, which bin/cope.js's
 * compiled script cannot run: make it a require() that waits for the same first use.
 */
const builtinImports = {
  name: 'builtin-imports',
  setup(b) {
    b.onResolve({filter: /^node:/}, (args) => (args.kind === 'dynamic-import' ? {path: args.path, namespace: 'builtin'} : undefined));
    b.onLoad({filter: /.*/, namespace: 'builtin'}, (args) => ({contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js'}));
  },
};

/**
 * The TUI (src/tui) is a file of its own, dist/tui.cjs, required only when a screen is
 * drawn. It uses cope's own modules (the store, the domain) from cli.cjs itself, through
 * cli.cjs's __copeShared: one copy of each, so state such as "this help was shown" is shared.
 */
const TUI = join(root, 'src', 'tui');
/** A step type's screen part (src/steps/<type>/screen/) belongs to the TUI too (docs/architecture.md). */
const STEP_SCREEN = /[\\/]src[\\/]steps[\\/][^\\/]+[\\/]screen[\\/]/;
const inTui = (file) => file === TUI || file.startsWith(TUI + sep) || STEP_SCREEN.test(file);
const sharedWithTui = new Set();
const tuiUsesCore = {
  name: 'tui-uses-core',
  setup(b) {
    b.onResolve({filter: /^\./}, async (args) => {
      if (args.pluginData?.fromTuiUsesCore || !inTui(args.importer)) return undefined;
      const resolved = await b.resolve(args.path, {resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: {fromTuiUsesCore: true}});
      if (resolved.errors.length > 0 || inTui(resolved.path)) return resolved.errors.length > 0 ? {errors: resolved.errors} : {path: resolved.path};
      const source = relative(root, resolved.path).split(sep).join('/');
      sharedWithTui.add(source);
      return {path: source, namespace: 'core'};
    });
    b.onResolve({filter: /^\.\/cli\.cjs$/}, (args) => ({path: args.path, external: true}));
    b.onLoad({filter: /.*/, namespace: 'core'}, (args) => ({contents: `module.exports = require('./cli.cjs').__copeShared(${JSON.stringify(args.path)});`, loader: 'js'}));
  },
};

/** In cli.cjs, the TUI is a require() of dist/tui.cjs, made when a command first draws a screen. */
const tuiFromFile = {
  name: 'tui-from-file',
  setup(b) {
    b.onResolve({filter: /[\\/]tui[\\/]run-tui\.js$/}, (args) => (inTui(args.importer) ? undefined : {path: 'tui', namespace: 'tui-file'}));
    b.onResolve({filter: /^\.\.\/bin\/compiled\.js$/}, (args) => ({path: args.path, external: true}));
    b.onLoad({filter: /.*/, namespace: 'tui-file'}, () => ({contents: `module.exports = ${loadBuilt('tui.cjs')};`, loader: 'js'}));
  },
};

/**
 * The parts of a library cope's code uses at run time (`z.strictObject`, `parseDate`, a
 * default export), read from the compiled sources so that types are gone. A library's
 * CommonJS build is the whole of it: zod's is 1 MB with its 60-odd locales (~100 ms to
 * load), chrono-node's carries every language it parses. From their ES builds esbuild
 * keeps only what these parts need. An import in a form this cannot read fails the build.
 */
async function usedMembers(specifier) {
  const members = new Set();
  const quoted = JSON.stringify(specifier);
  const sources = readdirSync(join(root, 'src'), {recursive: true}).filter((file) => /\.tsx?$/.test(file) && !/\.test\./.test(file));
  for (const file of sources) {
    const text = readFileSync(join(root, 'src', file), 'utf8');
    if (!text.includes(`'${specifier}'`)) continue;
    const {code} = await transform(text, {loader: file.endsWith('x') ? 'tsx' : 'ts'});
    const uses = (alias) => {
      for (const match of code.matchAll(new RegExp(`\\b${alias}\\.(\\w+)`, 'g'))) members.add(match[1]);
    };
    const names = (list) => {
      for (const part of list.split(',').map((name) => name.trim()).filter(Boolean)) members.add(/^(\w+)(?:\s*(?:as|:)\s*\w+)?$/.exec(part)?.[1] ?? fail(part));
    };
    const fail = (what) => {
      throw new Error(`src/${file}: cannot tell which parts of ${specifier} "${what}" uses; import it as * as x, {a, b}, a default, or await import() into a name or {a, b}`);
    };
    for (const match of code.matchAll(new RegExp(`(?:^import (.*) from ${quoted};$)|(?:(?:const|let) (.*) = await import\\(${quoted}\\))`, 'gm'))) {
      const clause = (match[1] ?? match[2]).trim();
      const alias = /^(?:\* as )?(\w+)$/.exec(clause)?.[1];
      if (clause.startsWith('* as ') || (match[2] !== undefined && alias !== undefined)) uses(alias);
      else if (match[1] !== undefined && alias !== undefined) members.add('default');
      else if (/^\{.*\}$/.test(clause)) names(clause.slice(1, -1));
      else fail(clause);
    }
  }
  const exported = new Set(Object.keys(await import(specifier)));
  const unknown = [...members].filter((member) => !exported.has(member));
  if (unknown.length > 0) throw new Error(`${specifier} has no ${unknown.join(', ')}`);
  return [...members].sort();
}

/** Libraries built from their ES modules, keeping only the parts cope uses. */
const SHAKEN = ['zod', 'chrono-node', 'conf'];
const shakenParts = Object.fromEntries(await Promise.all(SHAKEN.map(async (specifier) => [specifier, await usedMembers(specifier)])));
const vendorEntry = (specifiers) => {
  const lines = [];
  const entries = specifiers.map((specifier, index) => {
    if (!SHAKEN.includes(specifier)) return `${JSON.stringify(specifier)}: require(${JSON.stringify(specifier)})`;
    const parts = shakenParts[specifier];
    lines.push(`import {${parts.map((part) => `${part} as p${index}_${part}`).join(', ')}} from ${JSON.stringify(specifier)};`);
    const fields = parts.map((part) => `${part}: p${index}_${part}`);
    // A default export is read the way a namespace's is (see vendorImports).
    if (parts.includes('default')) fields.push('__esModule: true');
    return `${JSON.stringify(specifier)}: {${fields.join(', ')}}`;
  });
  return `${lines.join('\n')}\nmodule.exports = {${entries.join(', ')}};`;
};

const vendorBuilds = Object.entries(VENDOR).map(([file, specifiers]) =>
  build({
    ...shared,
    stdin: {
      contents: vendorEntry(specifiers),
      resolveDir: root,
      sourcefile: `vendor-${file}.js`,
    },
    outfile: join(dist, 'vendor', `${file}.cjs`),
    banner: {js: BANNER},
    plugins: [stubDevtools, noTopLevelAwait],
  }),
);

// The TUI first: it finds which of cope's modules it uses, and cli.cjs then offers exactly those.
const tuiResult = await build({
  ...shared,
  entryPoints: {tui: 'src/tui/run-tui.tsx'},
  outdir: dist,
  outExtension: {'.js': '.cjs'},
  banner: {js: BANNER},
  plugins: [tuiUsesCore, vendorImports, yogaReadyFromVendor],
});
const shares = [...sharedWithTui].sort();
const cliResult = await build({
  ...shared,
  stdin: {
    contents: [
      "export * from './src/cli.ts';",
      '/** A module of cope for dist/tui.cjs (scripts/build.mjs), started on first use. */',
      'export function __copeShared(source) {',
      '  switch (source) {',
      ...shares.map((source) => `    case ${JSON.stringify(source)}: return require(${JSON.stringify(`./${source}`)});`),
      '    default: throw new Error(`cope has no shared module ${source}`);',
      '  }',
      '}',
    ].join('\n'),
    resolveDir: root,
    sourcefile: 'cli-entry.ts',
    loader: 'ts',
  },
  outfile: join(dist, 'cli.cjs'),
  banner: {js: BANNER},
  plugins: [tuiFromFile, vendorImports, builtinImports, lazyBuiltins],
});
const results = [cliResult, tuiResult, ...(await Promise.all(vendorBuilds))];

// Which sources each output file holds.
const outputs = Object.fromEntries(
  results.flatMap((result) =>
    Object.entries(result.metafile.outputs)
      .filter(([file]) => file.endsWith('.cjs'))
      .map(([file, output]) => [file.replace(/^.*?dist\//, ''), Object.keys(output.inputs)]),
  ),
);
writeFileSync(join(dist, 'meta.json'), JSON.stringify(outputs));

const cli = join(dist, 'cli.cjs');
if (/\bimport\(/.test(readFileSync(cli, 'utf8').replace(/(["'`])(?:\\.|(?!\1)[^\\])*\1/g, ''))) {
  throw new Error('dist/cli.cjs holds an import(): bin/compiled.js runs it where import() is not available');
}
const id = randomBytes(ID_LENGTH / 2).toString('hex');
const built = Object.keys(outputs).map((file) => join(dist, file));
for (const file of built) {
  const code = readFileSync(file, 'utf8');
  if (!code.startsWith(BUILD_MARK)) throw new Error(`${file} does not start with its build mark`);
  writeFileSync(file, MARK + id + code.slice(MARK.length + ID_LENGTH));
}
// V8 takes a cache only from the Node that made it: the start-up test reads which one that was.
writeFileSync(join(dist, 'build.json'), JSON.stringify({id, node: process.version}));

// Run the fast paths once, in a scratch data directory, then load the TUI and the vendor
// files, and keep V8's compiled code for each file. Without the caches cope still works,
// only starts slower: say why, and let the build finish (test/build/start-up.test.ts fails
// on a missing cache, so CI still notices).
const scripts = produceCaches();
const home = mkdtempSync(join(tmpdir(), 'cope-build-'));
try {
  const core = loadCore();
  const quiet = new Writable({write: (_chunk, _encoding, done) => done()});
  const io = {stdin: process.stdin, stdout: quiet, stderr: quiet};
  const env = {COPE_HOME: home, COPE_NO_WELCOME: '1', NO_COLOR: '1', TZ: 'UTC'};
  for (const argv of [['--version'], ['log', '5', 'a #warm note', '-u', '2', '-e', 'calm=40'], ['journal', 'words'], ['list', '-n', '5']]) {
    const status = await core.exports.main(argv, io, env);
    if (status !== 0) throw new Error(`cope ${argv.join(' ')} exited ${status}`);
  }
  for (const file of built) loadCompiled(file, undefined);
  for (const [file, script] of scripts) writeFileSync(file + CACHE_SUFFIX, Buffer.concat([Buffer.from(cacheHeader(id), 'latin1'), script.createCachedData()]));
} catch (error) {
  process.stderr.write(`build: no code caches (${error.message}); cope works, but starts slower.\n`);
} finally {
  rmSync(home, {recursive: true, force: true});
}
