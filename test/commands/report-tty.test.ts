import {spawn} from '@lydell/node-pty';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {BIN, makeHome, testEnv} from '../helpers/cli.js';
import {columns, moodLine, writeStore} from './report-store.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

/** Runs cope in a real terminal of `cols` columns and resolves with everything it drew once it exits. */
function runInTerminal(args: string[], cols: number, env: NodeJS.ProcessEnv): Promise<{code: number; screen: string}> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, [BIN, ...args], {cols, rows: 60, env: env as Record<string, string>});
		let screen = '';
		child.onData((data) => (screen += data));
		child.onExit(({exitCode}) => resolve({code: exitCode, screen}));
	});
}

it('fits the terminal width by default, with colour only there', async () => {
	const days = Array.from({length: 20}, (_, i) => `2025-11-${String(i + 3).padStart(2, '0')}`);
	writeStore(
		home,
		days.map((day, i) => moodLine(`${day}T12:00:00+01:00`, (i * 7) % 11, {urge: i % 9, tags: [i % 2 ? 'gym' : 'work']})),
	);
	const env = testEnv(home, {TZ: 'UTC'});
	delete env['NO_COLOR'];
	const {code, screen} = await runInTerminal(['report', '--from', '2025-11-03', '--to', '2025-11-23'], 52, env);
	expect(code).toBe(0);
	expect(screen).toContain('\u001B[36m'); // the one calm hue
	expect(screen).not.toMatch(/\u001B\[(31|91)m/); // never red
	const lines = screen.replace(/\u001B\[[0-9;]*m/g, '').split(/\r?\n/);
	expect(lines.some((line) => line.startsWith('Mood  average'))).toBe(true);
	expect(Math.max(...lines.map((line) => columns(line)))).toBeLessThanOrEqual(52);
	expect(Math.max(...lines.map((line) => columns(line)))).toBeGreaterThan(45);
});
