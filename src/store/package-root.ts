/**
 * Where cope's own files are (the built-in exercises). A module of its own, without
 * zod, so that the fast paths can find the built-ins too (see exercise-definitions.ts).
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

let packageRoot: string | undefined;

/**
 * The folder holding cope's package.json, walking up from this module: src/store/
 * in development and tests, dist/ when built and installed.
 */
export function findPackageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
	for (let dir = start; ; dir = dirname(dir)) {
		try {
			const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as unknown;
			if (typeof manifest === 'object' && manifest !== null && (manifest as {name?: unknown}).name === 'cope') return dir;
		} catch {
			// No package.json here, or not one we can read: keep walking up.
		}
		if (dirname(dir) === dir) throw new Error(`cannot find cope's package folder above ${start}`);
	}
}

export function builtInExercisesDir(): string {
	packageRoot ??= findPackageRoot();
	return join(packageRoot, 'exercises');
}
