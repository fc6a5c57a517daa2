import {findSetting} from '../domain/settings.js';
import {fileProblemWords} from '../errors.js';
import type {SettingsProblem} from '../store/settings.js';

/** What reading config.json went past, in words: one line, said before the command goes on with the defaults. */
export function settingsProblemText(problem: SettingsProblem): string {
	switch (problem.kind) {
		case 'unreadable': {
			// The folder or the disk, when the system says so: then the file is not what to delete.
			const words = fileProblemWords(problem.errno, problem.path);
			return words === undefined
				? `cannot read ${problem.path} (${problem.detail ?? 'it is not a regular file'}); using the default settings. Fix it with \`cope config set\` or delete the file.`
				: `cannot read the settings: ${words}; using the default settings.`;
		}
		case 'not-accepted':
			return `the setting ${problem.key} in ${problem.path} is not ${findSetting(problem.key)?.accepts ?? 'a value it accepts'}; using ${JSON.stringify(problem.using)}.`;
		case 'not-a-group':
			return `"${problem.key}" in ${problem.path} should hold settings (e.g. ${problem.key}.urge); using the defaults.`;
	}
}
