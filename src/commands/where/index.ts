import type {Command} from 'commander';
import {statSync} from 'node:fs';
import type {Context} from '../../context.js';
import {fileInTheWay} from '../../store/paths.js';

function describe(path: string): string {
	try {
		const stats = statSync(path);
		if (stats.isDirectory()) return 'folder';
		const kb = stats.size / 1024;
		return kb < 1 ? `${stats.size} bytes` : kb < 1024 ? `${kb.toFixed(1)} KB` : `${(kb / 1024).toFixed(1)} MB`;
	} catch {
		return 'not created yet';
	}
}

export function registerWhere(program: Command, getContext: () => Context): void {
	program
		.command('where')
		.summary('print the data directory and its files')
		.option('--json', 'print the paths as JSON')
		.addHelpText('after', '\nExamples:\n  cope where\n  cope where --json | jq -r .dir')
		.action((options: {json?: boolean}) => {
			const {paths, stdout} = getContext();
			const files = {
				entries: paths.entries,
				config: paths.config,
				drafts: paths.drafts,
				exercises: paths.exercises,
				quarantine: paths.quarantine,
				goals: paths.goals,
				index: paths.index,
			};
			if (options.json) {
				stdout.write(JSON.stringify({dir: paths.dir, ...files}, null, 2) + '\n');
				return;
			}
			stdout.write(`${paths.dir}\n`);
			const file = fileInTheWay(paths.dir);
			if (file !== undefined) {
				stdout.write(
					`  ${file} is a file, not a folder, so cope cannot keep anything there.\n  Move the file aside, or choose another data folder with --home or COPE_HOME.\n`,
				);
				return;
			}
			for (const [name, path] of Object.entries(files)) {
				const state = describe(path);
				// The one a person makes themselves: say how.
				const how = name === 'exercises' && state === 'not created yet' ? '; cope exercises add <file> creates it' : '';
				stdout.write(`  ${name.padEnd(11)} ${path}  (${state}${how})\n`);
			}
		});
}
