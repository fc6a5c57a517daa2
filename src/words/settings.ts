import {findSetting} from '../domain/settings.js';
import type {SettingsProblem} from '../store/settings.js';

/** What reading config.json went past, in words: one line, said before the command goes on with the defaults. */
export function settingsProblemText(problem: SettingsProblem): string {
	switch (problem.kind) {
		case 'unreadable':
			return `cannot read ${problem.path} (${problem.detail ?? 'it is not a regular file'}); using the default settings. Fix it with \`cope config set\` or delete the file.`;
		case 'not-accepted':
			return `the setting ${problem.key} in ${problem.path} is not ${findSetting(problem.key)?.accepts ?? 'a value it accepts'}; using ${JSON.stringify(problem.using)}.`;
		case 'not-a-group':
			return `"${problem.key}" in ${problem.path} should hold settings (e.g. ${problem.key}.urge); using the defaults.`;
	}
}
