import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {BIN, testEnv} from './cli.js';

/** Strings that only these libraries' code contains: if a loaded file holds one, the library was loaded. */
export const LIBRARY_MARKERS: Record<string, string> = {
	react: 'react.transitional.element',
	ink: 'Raw mode is not supported',
	conf: 'Config schema violation',
	zod: 'ZodError',
	'chrono-node': 'ENCasualDateParser',
};

/**
 * Runs the built CLI with a module hook that records every file it loads, and
 * returns which of LIBRARY_MARKERS' libraries those files contain.
 */
export function librariesLoaded(args: string[], home: string, scratch: string): string[] {
	const log = join(scratch, 'loaded.txt');
	const hooks = join(scratch, 'hooks.mjs');
	const register = join(scratch, 'register.mjs');
	writeFileSync(log, '');
	writeFileSync(hooks, `import {appendFileSync} from 'node:fs';\nexport async function load(url, context, next) {\n\tif (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');\n\treturn next(url, context);\n}\n`);
	writeFileSync(register, `import {register} from 'node:module';\nimport {pathToFileURL} from 'node:url';\nregister(pathToFileURL(${JSON.stringify(hooks)}));\n`);
	const result = spawnSync(process.execPath, ['--import', register, BIN, ...args], {env: testEnv(home), encoding: 'utf8', timeout: 30_000});
	if (result.status !== 0) throw new Error(`cope ${args.join(' ')} failed: ${result.stderr}`);
	const files = readFileSync(log, 'utf8').split('\n').filter((line) => line !== '');
	if (!files.some((url) => url.endsWith('/dist/cli.js'))) throw new Error('the load hook saw nothing: the check would prove nothing');
	const texts = files.map((url) => readFileSync(fileURLToPath(url), 'utf8'));
	return Object.entries(LIBRARY_MARKERS)
		.filter(([, marker]) => texts.some((text) => text.includes(marker)))
		.map(([name]) => name);
}
