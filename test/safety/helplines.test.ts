import {describe, expect, it} from 'vitest';
import {resolveSettings, type Settings} from '../../src/domain/settings.js';
import {crisisLines, firstHelp, helpNow} from '../../src/safety/help.js';
import {describeHelpline, HELPLINES, shortHelpline} from '../../src/safety/helplines.js';

const DEFAULTS = resolveSettings({}).settings;
const settings = (change: Settings = {}): Settings => ({...DEFAULTS, ...change});
const GB = {LANG: 'en_GB.UTF-8'};

describe('the helpline data file', () => {
	const required = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'FR', 'DE', 'NL', 'IN'];

	it('covers every required country with at least one line and an emergency number', () => {
		for (const code of required) {
			const country = HELPLINES.countries[code];
			expect(country, code).toBeDefined();
			expect(country?.lines.length, code).toBeGreaterThan(0);
			expect(country?.emergency, code).toMatch(/\d/);
		}
	});

	it('gives every line a name, a way to reach it, hours, cost, its source page and the date checked', () => {
		for (const [code, country] of Object.entries(HELPLINES.countries)) {
			expect(code).toMatch(/^[A-Z]{2}$/);
			for (const line of country.lines) {
				const where = `${code} ${line.name}`;
				expect(line.name, where).not.toBe('');
				expect(line.call !== undefined || line.text !== undefined || line.chat !== undefined, where).toBe(true);
				expect(line.hours, where).not.toBe('');
				expect(typeof line.free, where).toBe('boolean');
				expect(line.source, where).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
				expect(line.checked, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			}
		}
	});

	it('names the international directories, with their source and date', () => {
		const urls = HELPLINES.directories.map((directory) => directory.url);
		expect(urls).toContain('https://findahelpline.com');
		expect(urls.some((url) => url.includes('iasp.info'))).toBe(true);
		for (const directory of HELPLINES.directories) expect(directory.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(HELPLINES.about).toMatch(/re-verify/);
	});
});

describe('country → crisis line', () => {
	it.each([
		['US', ['988', '741741'], '911'],
		['CA', ['9-8-8', '1-800-668-6868'], '911'],
		['GB', ['116 123', '85258'], '999'],
		['IE', ['116 123', '50808', '1800 247 247'], '112 or 999'],
		['AU', ['13 11 14'], '000'],
		['NZ', ['1737', '0800 543 354'], '111'],
		['FR', ['3114'], '15 or 112'],
		['DE', ['0800 111 0 111', '0800 111 0 222', '116 123'], '112'],
		['NL', ['113', '0800-0113'], '112'],
		['IN', ['14416'], '112'],
	])('%s shows %j and the emergency number', (country, numbers, emergency) => {
		const lines = crisisLines(settings({country}), {});
		const text = lines.join('\n');
		for (const number of numbers) expect(text).toContain(number);
		expect(lines.at(-1)).toBe(`If you are in danger now, call ${emergency}.`);
		expect(text).not.toContain('findahelpline');
	});

	it('describes a line in full and in short', () => {
		const samaritans = HELPLINES.countries['GB']?.lines[0];
		if (!samaritans) throw new Error('no GB line');
		expect(describeHelpline(samaritans)).toBe('Samaritans: call 116 123, email jo@samaritans.org (free, 24/7)');
		expect(shortHelpline(samaritans)).toBe('Samaritans 116 123 (free, 24/7)');
		const us = crisisLines(settings({country: 'US'}), {});
		expect(us[0]).toBe('988 Suicide & Crisis Lifeline: call or text 988, chat at 988lifeline.org (free, 24/7)');
		expect(us[1]).toBe('Crisis Text Line: text HOME to 741741 (free, 24/7)');
	});

	it('shows a line’s caveat with its terms', () => {
		expect(crisisLines(settings({country: 'AU'}), {})[2]).toBe(
			'Beyond Blue: call 1300 22 4636, chat at beyondblue.org.au (free, 24/7; chat hours may be shorter than the phone line)',
		);
		// 113 has been free since October 2025: the short number first, no caveat.
		expect(crisisLines(settings({country: 'NL'}), {})[0]).toBe(
			'113 Zelfmoordpreventie: call 113 or 0800-0113, chat at 113.nl (free, 24/7)',
		);
		expect(crisisLines(settings({country: 'DE'}), {})[1]).toBe(
			'Nummer gegen Kummer: call 116 111 (free, Mon–Sat 14:00–20:00, and Mon, Wed, Thu 10:00–12:00, for children and young people)',
		);
		expect(crisisLines(settings({country: 'CA'}), {})[1]).toBe(
			'Kids Help Phone: call 1-800-668-6868, text CONNECT to 686868 (free, 24/7, for young people)',
		);
	});

	it('goes by the locale when the country setting is empty', () => {
		expect(crisisLines(settings(), GB)[0]).toMatch(/^Samaritans: call 116 123/);
		expect(helpNow(settings(), GB)).toMatchObject({country: 'GB', countryFrom: 'locale', countryName: 'United Kingdom'});
		expect(crisisLines(settings(), {LC_ALL: 'en_NZ.UTF-8', LANG: 'en_GB.UTF-8'})[0]).toContain('1737');
	});

	it('the country setting wins over the locale', () => {
		expect(crisisLines(settings({country: 'IE'}), GB).join('\n')).toContain('Text 50808: text 50808 (free, 24/7)');
		expect(helpNow(settings({country: 'IE'}), GB).countryFrom).toBe('setting');
	});

	it('an unknown locale gets the international directories', () => {
		for (const env of [{LANG: 'C'}, {LANG: 'POSIX'}, {}]) {
			const lines = crisisLines(settings(), env);
			expect(lines[0]).toBe('Find a helpline where you are: findahelpline.com');
			expect(lines[1]).toContain('iasp.info/crisis-centres-helplines');
			expect(lines.at(-1)).toBe('If you are in danger now, call your local emergency number.');
			expect(helpNow(settings(), env).countryFrom).toBe('unknown');
		}
	});

	it('a country cope has no line for gets the directories too', () => {
		const lines = crisisLines(settings({country: 'ES'}), GB);
		expect(lines[0]).toBe('Find a helpline where you are: findahelpline.com');
		const help = helpNow(settings({country: 'ES'}), GB);
		expect(help).toMatchObject({country: 'ES', countryFrom: 'setting', lines: []});
		expect(help.countryName).toBeUndefined();
	});

	it("shows the person's own contact first, made inert", () => {
		const lines = crisisLines(settings({'crisis.custom': 'Sam 07700 900123'}), GB);
		expect(lines[0]).toBe('Your contact: Sam 07700 900123');
		expect(lines[1]).toMatch(/^Samaritans/);
		const sneaky = crisisLines(settings({'crisis.custom': 'Sam \u001B[2J 0770'}), GB);
		expect(sneaky[0]).toBe('Your contact: Sam ^[[2J 0770');
	});
});

describe('firstHelp (the one line in an alert)', () => {
	it('is the first line of the country in short', () => {
		expect(firstHelp(settings(), GB)).toBe('Samaritans 116 123 (free, 24/7)');
		expect(firstHelp(settings({country: 'NZ'}), GB)).toBe('Need to talk? 1737: call or text 1737 (free, 24/7)');
		expect(firstHelp(settings({country: 'US'}), GB)).toBe('988 Suicide & Crisis Lifeline: call or text 988 (free, 24/7)');
		expect(firstHelp(settings({country: 'FR'}), GB)).toBe('3114, numéro national de prévention du suicide: call 3114 (free, 24/7)');
		expect(firstHelp(settings({country: 'IN'}), GB)).toBe('Tele-MANAS 14416 (free, 24/7)');
	});

	it('puts the own contact first', () => {
		expect(firstHelp(settings({'crisis.custom': 'Sam 07700 900123'}), GB)).toBe('Sam 07700 900123, or Samaritans 116 123 (free, 24/7)');
	});

	it('points to the directory when the country is unknown', () => {
		expect(firstHelp(settings(), {LANG: 'C'})).toBe('findahelpline.com lists free helplines where you are');
	});
});
