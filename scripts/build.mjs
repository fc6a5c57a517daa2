// Bundles the CLI into dist/ as ESM. The TUI is imported lazily from the commands,
// so esbuild splits it (with Ink and React) into its own chunk and the fast paths
// (log, journal, report, list, export) never load it.
import {build} from 'esbuild';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';

rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});

/** CommonJS code in the bundle (commander) calls require; ESM has none, so define one. */
const BANNER = "import {createRequire as __copeCreateRequire} from 'node:module'; const require = __copeCreateRequire(import.meta.url);";

/** Ink imports react-devtools-core only when DEV=true; stub it so the bundle has no dangling import. */
const stubDevtools = {
  name: 'stub-react-devtools',
  setup(b) {
    b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'stub'}));
    b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};', loader: 'js'}));
  },
};

/**
 * commander requires node:child_process at load time (for executable subcommands, which
 * cope does not use); loading it costs several ms on every start. Give commander a
 * stand-in that loads the real module only if it is ever touched.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({filter: /^(node:)?child_process$/}, (args) =>
      args.importer.includes('node_modules/commander/') ? {path: 'lazy-child-process', namespace: 'lazy'} : undefined,
    );
    b.onLoad({filter: /.*/, namespace: 'lazy'}, () => ({
      contents: "let real; module.exports = new Proxy({}, {get: (_, key) => (real ??= require('node:child_process'))[key]});",
      loader: 'js',
    }));
  },
};

const result = await build({
  entryPoints: {cli: 'src/cli.ts'},
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  // cope never uses the network. yoga's loader asks `typeof fetch`, and touching Node's
  // global fetch loads undici (~50 ms on the TUI's first frame): to the bundle there is none.
  define: {'process.env.NODE_ENV': '"production"', fetch: 'undefined'},
  banner: {js: BANNER},
  plugins: [stubDevtools, lazyChildProcess],
  logLevel: 'warning',
  metafile: true,
});

// Which sources each output file holds: the fast-path test uses it to prove Ink and React stay unloaded.
const outputs = Object.fromEntries(
  Object.entries(result.metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, output]) => [file.replace(/^dist\//, ''), Object.keys(output.inputs)]),
);
writeFileSync(new URL('../dist/meta.json', import.meta.url), JSON.stringify(outputs));

// Most chunks never call require: drop the banner there (each createRequire costs start-up time).
for (const file of Object.keys(outputs)) {
  const path = new URL(`../dist/${file}`, import.meta.url);
  const code = readFileSync(path, 'utf8');
  const rest = code.startsWith(BANNER) ? code.slice(BANNER.length) : undefined;
  if (rest !== undefined && !/\brequire\b/.test(rest)) writeFileSync(path, rest);
}
