// @ts-check
// Preloaded with --import by test/helpers/loaded.ts: records every file the process loads,
// both ways Node loads code: ES modules (through a loader hook) and CommonJS (the require
// cache, read as the process exits). The list goes to the file COPE_LOADS_FILE names.
import {appendFileSync} from 'node:fs';
import {createRequire, register} from 'node:module';
import {pathToFileURL} from 'node:url';

const out = /** @type {string} */ (process.env['COPE_LOADS_FILE']);
register(
	'data:text/javascript,' +
		encodeURIComponent(`
import {appendFileSync} from 'node:fs';
let out;
export async function initialize(data) { out = data.out; }
export async function load(url, context, next) {
	if (out && url.startsWith('file:')) appendFileSync(out, url + '\\n');
	return next(url, context);
}`),
	import.meta.url,
	{data: {out}},
);

const cache = createRequire(import.meta.url).cache;
process.on('exit', () => {
	appendFileSync(
		out,
		Object.keys(cache)
			.map((file) => `${pathToFileURL(file).href}\n`)
			.join(''),
	);
});
