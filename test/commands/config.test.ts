import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

// A locale that names no country, so only the setting can choose the lines.
const env = {LANG: 'C.UTF-8'};

describe('cope config set country', () => {
	it.each(['uk', 'UK', ' Uk '])('stores %j as GB, the code of the UK’s lines, so sos and doctor show them', (typed) => {
		expect(runCope(['config', 'set', 'country', typed], {home, env}).stdout).toBe('country = "GB"\n');
		expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'))).toMatchObject({country: 'GB'});
		expect(runCope(['config', 'get', 'country'], {home, env}).stdout).toBe('GB\n');
		const sos = runCope(['sos'], {home, env});
		expect(sos.stdout).toContain('Samaritans: call 116 123');
		expect(sos.stdout).not.toContain('findahelpline.com');
		expect(runCope(['doctor'], {home, env}).stdout).toContain(
			'✓ Help now shows Samaritans, Shout (United Kingdom, going by your country setting).',
		);
	});

	it('takes the other old codes Intl knows the same way (DD → DE), any case', () => {
		expect(runCope(['config', 'set', 'country', 'dd'], {home, env}).stdout).toBe('country = "DE"\n');
		expect(runCope(['sos'], {home, env}).stdout).toContain('TelefonSeelsorge');
	});

	it('reads a country stored as "UK" by an older cope as GB', () => {
		mkdirSync(home, {recursive: true, mode: 0o700});
		writeFileSync(join(home, 'config.json'), '{"country": "UK"}\n', {mode: 0o600});
		expect(runCope(['config', 'get', 'country'], {home, env}).stdout).toBe('GB\n');
		expect(runCope(['sos'], {home, env}).stdout).toContain('Samaritans: call 116 123');
	});
});
