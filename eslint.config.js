// @ts-check
import tseslint from 'typescript-eslint';

// The layers of src/ and what each may import (docs/architecture.md, "Layers"). A rule
// names what a layer must not reach, by import and by import(); a type-only import is
// fine (it is gone at run time). test/build/layer-rules.test.ts shows each rule failing.

/** The libraries that only ever load through an import() (docs/architecture.md, "How the build works"). */
const HEAVY = ['ink', 'react', 'react/*', '@inkjs/*', 'zod', 'chrono-node', 'conf', 'csv-parse', 'csv-parse/*'];

/**
 * One layer's rules: `layers` are the folders (or files) of src/ it must not import from,
 * `modules` the packages and Node builtins (`modulesWhy` says why), `syntax` more no-restricted-syntax entries.
 * @param {string[]} files
 * @param {{why: string; layers?: string[]; modules?: string[]; modulesWhy?: string; heavyToo?: boolean; syntax?: Array<{selector: string; message: string}>; properties?: Array<{object: string; property: string; message: string}>}} rule
 */
function layer(files, {why, layers = [], modules = [], modulesWhy = why, heavyToo = false, syntax = [], properties = []}) {
	const paths = layers.flatMap((name) => [`**/${name}`, `**/${name}/**`, `**/${name}.js`]);
	/** @type {Array<{group: string[]; message: string; allowTypeImports: boolean}>} */
	const patterns = [];
	if (paths.length > 0) patterns.push({group: paths, message: why, allowTypeImports: true});
	if (modules.length > 0) patterns.push({group: modules, message: modulesWhy, allowTypeImports: true});
	if (heavyToo)
		patterns.push({
			group: HEAVY,
			message: 'a heavy library loads through an import() only, so the fast paths never read it (docs/architecture.md).',
			allowTypeImports: true,
		});
	const dynamic = layers.map((name) => ({
		selector: `ImportExpression[source.value=/(^|\\/)${name.replace(/[.]/g, '\\.')}(\\/|\\.js$)/]`,
		message: why,
	}));
	/** @type {import('eslint').Linter.RulesRecord} */
	const rules = {
		'@typescript-eslint/no-restricted-imports': ['error', {patterns}],
		...(dynamic.length + syntax.length > 0 ? {'no-restricted-syntax': ['error', ...dynamic, ...syntax]} : {}),
		...(properties.length > 0 ? {'no-restricted-properties': ['error', ...properties]} : {}),
	};
	return {files, rules};
}

const PURE = 'domain code is pure: time and randomness are passed in (docs/architecture.md, "Layers").';

export default tseslint.config(
	{ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/']},
	...tseslint.configs.recommended,
	{
		files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bin/**/*.js', 'scripts/**/*.{js,mjs,cjs}', 'test/**/*.mjs', '*.{js,ts}'],
		languageOptions: {
			parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname},
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/consistent-type-imports': 'error',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
			'no-console': 'error',
			'no-control-regex': 'off',
		},
	},
	{
		files: ['test/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'scripts/**', 'bin/**'],
		rules: {'no-console': 'off'},
	},
	{
		// CommonJS on purpose (scripts/no-child-process.cjs stands in for a require()).
		files: ['**/*.cjs'],
		rules: {'@typescript-eslint/no-require-imports': 'off'},
	},
	layer(['src/domain/**'], {
		why: 'src/domain knows no store, screen, command, safety IO or CLI, and does no IO (docs/architecture.md, "Layers").',
		layers: ['store', 'tui', 'commands', 'safety', 'cli', 'context'],
		modulesWhy:
			'domain code reads no files and makes no randomness: that is for src/store and the caller (docs/architecture.md, "Layers").',
		modules: ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:crypto', 'crypto', 'node:child_process', 'child_process'],
		syntax: [
			{selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: PURE},
			{selector: "CallExpression[callee.name='Date'][arguments.length=0]", message: PURE},
		],
		properties: [
			{object: 'Math', property: 'random', message: PURE},
			{object: 'Date', property: 'now', message: PURE},
		],
	}),
	layer(['src/store/**'], {
		why: 'src/store knows no screen, command or CLI (docs/architecture.md, "Layers").',
		layers: ['tui', 'commands', 'cli'],
		heavyToo: false,
	}),
	layer(['src/safety/**'], {
		why: 'src/safety draws no screen: it must work where the TUI cannot load (docs/architecture.md, "Layers").',
		layers: ['tui', 'commands', 'cli'],
		heavyToo: true,
	}),
	layer(['src/tui/**'], {
		why: 'the screens get what they need from the command that opens them, through TuiDeps (docs/architecture.md, "Layers").',
		layers: ['commands', 'cli'],
	}),
	layer(['src/commands/**', 'src/cli.ts', 'src/context.ts'], {
		why: 'a command never imports the CLI that registers it; the screens load through an import() (docs/architecture.md, "Layers").',
		layers: ['cli'],
		heavyToo: true,
	}),
);
