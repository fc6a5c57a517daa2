import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../helpers/cli.js';

const DIST = join(ROOT, 'dist');

/** Code (not names) that only these libraries contain. */
const LIBRARIES: Record<string, RegExp> = {
	'react / ink': /react\.transitional\.element|Symbol\.for\("react\.element"\)/,
	'conf (ajv)': /\bajv\b/,
	zod: /\bZodError\b/,
	'chrono-node': /\bSlashDateFormatParser\b/,
};

function read(file: string): string {
	return readFileSync(join(DIST, file), 'utf8');
}

/** Files a bundle file imports statically (import … from "./x.js" or import "./x.js"), not import(). */
function staticImports(file: string): string[] {
	const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
	return [...read(file).matchAll(/(?:^|[\s;}])(?:import|export)\s*(?:[^"'()]*?\sfrom\s*)?["'](\.\/[^"']+)["']/g)].map((match) => join(dir, match[1] as string).replaceAll('\\', '/'));
}

function staticGraph(entries: string[]): Set<string> {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop() as string;
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...staticImports(file));
	}
	return seen;
}

describe('cope report is a fast path', () => {
	const chunks = readdirSync(join(DIST, 'chunks')).filter((name) => name.endsWith('.js'));
	const reportChunk = chunks.find((name) => name.startsWith('report-print-'));

	it('is loaded lazily: cli.js does not import the report code statically', () => {
		expect(reportChunk).toBeDefined();
		expect(read('cli.js')).toContain(`import("./chunks/${reportChunk}")`);
		expect(staticGraph(['cli.js'])).not.toContain(`chunks/${reportChunk}`);
	});

	it('loads no Ink, React, conf, zod or chrono-node on its way in', () => {
		const loaded = staticGraph(['cli.js', `chunks/${reportChunk}`]);
		// The walk really follows imports: the shared chunks come in with cli.js.
		expect([...loaded].filter((file) => file.startsWith('chunks/chunk-')).length).toBeGreaterThan(0);
		for (const file of loaded) {
			for (const [library, marker] of Object.entries(LIBRARIES)) {
				expect(marker.test(read(file)), `${file} contains ${library}`).toBe(false);
			}
		}
	});

	it('would notice them: the lazily loaded chunks of conf and chrono-node are found by the same markers', () => {
		const all = ['cli.js', ...chunks.map((name) => `chunks/${name}`)];
		const withMarker = (library: string) => all.filter((file) => (LIBRARIES[library] as RegExp).test(read(file)));
		expect(withMarker('conf (ajv)').length).toBeGreaterThan(0);
		expect(withMarker('chrono-node').length).toBeGreaterThan(0);
	});
});
