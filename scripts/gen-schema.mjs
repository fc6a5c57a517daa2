// Writes exercises/schema.json from the zod schema in src/domain/exercise/schema.ts:
//   npm run schema
// The schema is TypeScript, so Rolldown bundles it (with zod) into a temporary module first.
import {build} from 'rolldown';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'cope-schema-'));
try {
	const outfile = join(temp, 'json-schema.mjs');
	await build({
		input: join(root, 'src/domain/exercise/json-schema.ts'),
		platform: 'node',
		logLevel: 'warn',
		output: {file: outfile, format: 'esm'},
	});
	const {exerciseJsonSchemaText} = await import(pathToFileURL(outfile).href);
	const target = join(root, 'exercises', 'schema.json');
	writeFileSync(target, exerciseJsonSchemaText());
	console.log(`wrote ${target}`);
} finally {
	rmSync(temp, {recursive: true, force: true});
}
