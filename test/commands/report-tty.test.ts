import {afterEach, beforeEach, expect, it} from 'vitest';
import {makeHome} from '../helpers/cli.js';
import {spawnCopeInPty, stopPtySessions} from '../helpers/pty.js';
import {columns, moodLine, writeStore} from './report-store.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => {
	stopPtySessions();
	cleanup();
});

it('fits the terminal width by default, with colour only there', async () => {
	const days = Array.from({length: 20}, (_, i) => `2025-11-${String(i + 3).padStart(2, '0')}`);
	writeStore(
		home,
		days.map((day, i) => moodLine(`${day}T12:00:00+01:00`, (i * 7) % 11, {urge: i % 9, tags: [i % 2 ? 'gym' : 'work']})),
	);
	const run = spawnCopeInPty(['report', '--from', '2025-11-03', '--to', '2025-11-23'], {
		home,
		cols: 52,
		rows: 60,
		env: {TZ: 'UTC', NO_COLOR: undefined},
	});
	expect(await run.exited).toBe(0);
	const screen = run.output();
	expect(screen).toContain('\u001B[36m'); // the one calm hue
	expect(screen).not.toMatch(/\u001B\[(31|91)m/); // never red
	const lines = screen.replace(/\u001B\[[0-9;]*m/g, '').split(/\r?\n/);
	expect(lines.some((line) => line.startsWith('Mood  average'))).toBe(true);
	expect(Math.max(...lines.map((line) => columns(line)))).toBeLessThanOrEqual(52);
	expect(Math.max(...lines.map((line) => columns(line)))).toBeGreaterThan(45);
});
