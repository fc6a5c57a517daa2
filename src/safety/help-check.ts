import {type CheckResult, note, ok} from '../domain/doctor/types.js';
import type {Settings} from '../domain/settings.js';
import {bareUrl, helpNow} from './help.js';
import {localeFromEnv} from './locale.js';

const SET_COUNTRY = 'For your country’s lines: cope config set country <code>, e.g. GB, US, IE, AU or IN.';
const OWN_CONTACT = 'A person or number of your own, shown first: cope config set crisis.custom "Sam 07700 900123"';

/**
 * What `cope sos`, ctrl+g and the message after a hard entry will show, and why: so
 * that the lines someone will reach for are known to be there before the moment comes.
 * Never a problem (there is always somewhere to turn), only a note when cope has no
 * line for the country and falls back to the international directories.
 */
export function checkHelp(settings: Settings, env: NodeJS.ProcessEnv): CheckResult {
	const help = helpNow(settings, env);
	const own = help.custom === undefined ? [] : [`Your own contact comes first: ${help.custom}`];
	const directory = bareUrl(help.directories[0]?.url ?? 'https://findahelpline.com');
	const from = help.countryFrom === 'setting' ? 'your country setting' : `your locale, ${localeFromEnv(env) ?? ''}`;
	if (help.lines.length > 0) {
		return ok(
			'help',
			`Help now shows ${help.lines.map((line) => line.name).join(', ')} (${help.countryName ?? help.country}, going by ${from}).`,
			own,
		);
	}
	if (help.country !== undefined) {
		return note(
			'help',
			`cope has no crisis lines built in for ${help.country} (going by ${from}), so help now shows ${directory}, which lists lines there.`,
			[...own, ...(help.custom === undefined ? [OWN_CONTACT] : [])],
		);
	}
	return note('help', `Your country is not known (no country setting, and the locale names none), so help now shows ${directory}.`, [
		SET_COUNTRY,
		...own,
	]);
}
