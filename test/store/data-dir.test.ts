import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {defaultDataDir, resolveDataDir} from '../../src/store/paths.js';

describe('the default data directory', () => {
	it('is where each system keeps settings (the folder conf and env-paths use for "cope")', () => {
		expect(defaultDataDir({}, 'linux', '/home/sam')).toBe(join('/home/sam', '.config', 'cope'));
		expect(defaultDataDir({XDG_CONFIG_HOME: '/x/conf'}, 'linux', '/home/sam')).toBe(join('/x/conf', 'cope'));
		expect(defaultDataDir({XDG_CONFIG_HOME: ''}, 'freebsd', '/home/sam')).toBe(join('/home/sam', '.config', 'cope'));
		expect(defaultDataDir({XDG_CONFIG_HOME: '/ignored'}, 'darwin', '/Users/sam')).toBe(
			join('/Users/sam', 'Library', 'Preferences', 'cope'),
		);
		expect(defaultDataDir({APPDATA: 'C:/Users/sam/AppData/Roaming'}, 'win32', 'C:/Users/sam')).toBe(
			join('C:/Users/sam/AppData/Roaming', 'cope', 'Config'),
		);
		expect(defaultDataDir({}, 'win32', 'C:/Users/sam')).toBe(join('C:/Users/sam', 'AppData', 'Roaming', 'cope', 'Config'));
	});

	it('gives way to COPE_HOME and --home', () => {
		expect(resolveDataDir(undefined, {XDG_CONFIG_HOME: '/x/conf'})).toBe(defaultDataDir({XDG_CONFIG_HOME: '/x/conf'}));
		expect(resolveDataDir(undefined, {COPE_HOME: '/data/cope', XDG_CONFIG_HOME: '/x/conf'})).toBe('/data/cope');
		expect(resolveDataDir('/elsewhere', {COPE_HOME: '/data/cope'})).toBe('/elsewhere');
	});
});
