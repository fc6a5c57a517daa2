import {spawn} from 'node:child_process';
import {appendFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {BIN, makeHome, readStoreLines, runCope, runCopeAsync, testEnv} from '../helpers/cli.js';

let home: string;
let cleanup: () => void;
beforeEach(() => ({home, cleanup} = makeHome()));
afterEach(() => cleanup());

describe('concurrent writers', () => {
	it('50 concurrent `cope log` processes leave exactly 50 whole entries', async () => {
		const results = await Promise.all(Array.from({length: 50}, (_, i) => runCopeAsync(['log', String(i % 11), `writer ${i}`], {home})));
		expect(results.every((r) => r.code === 0)).toBe(true);
		const lines = readFileSync(join(home, 'entries.jsonl'), 'utf8').split('\n').filter(Boolean);
		expect(lines).toHaveLength(50);
		const notes = (readStoreLines(home) as Array<{values: {note: string}}>).map((e) => e.values.note).sort();
		expect(notes).toEqual(Array.from({length: 50}, (_, i) => `writer ${i}`).sort());
	}, 60_000);
});

describe('a writer killed mid-stream', () => {
	it('leaves a readable store with every acknowledged entry', async () => {
		// A shell loop appends entries one after another and prints each id once `cope log` has returned;
		// we SIGKILL the whole group part-way, at an arbitrary point.
		const script = `for i in $(seq 1 400); do node "${BIN}" log 5 "entry $i" >/dev/null && echo "ack $i"; done`;
		const child = spawn('bash', ['-c', script], {env: testEnv(home), detached: true});
		const acked: string[] = [];
		child.stdout.setEncoding('utf8').on('data', (data: string) => acked.push(...data.split('\n').filter(Boolean)));
		await new Promise<void>((resolve) => {
			const check = setInterval(() => {
				if (acked.length >= 8) {
					clearInterval(check);
					process.kill(-child.pid!, 'SIGKILL');
					resolve();
				}
			}, 5);
		});
		await new Promise((resolve) => child.on('close', resolve));
		const list = runCope(['list', '-n', 'all', '--json'], {home});
		expect(list.code).toBe(0);
		const notes = new Set((JSON.parse(list.stdout) as Array<{values: {note: string}}>).map((e) => e.values.note));
		for (const ack of acked) expect(notes.has(`entry ${ack.split(' ')[1]}`)).toBe(true);
		// And the store still takes new entries.
		expect(runCope(['log', '6', 'after'], {home}).code).toBe(0);
	}, 60_000);

	it('a torn final line (a write cut off) is reported and the next entry starts on its own line', () => {
		runCope(['log', '4', 'before'], {home});
		appendFileSync(join(home, 'entries.jsonl'), '{"v":1,"id":"01M8AA6P2SNYY4ZDQS140TVJHC","at":"2026-11-25T21:');
		expect(runCope(['log', '6', 'after'], {home}).code).toBe(0);
		const list = runCope(['list', '--json'], {home});
		expect(list.code).toBe(0);
		expect((JSON.parse(list.stdout) as Array<{values: {note: string}}>).map((e) => e.values.note)).toEqual(['after', 'before']);
		expect(list.stderr).toMatch(/skipped line 2 of .*entries.jsonl: not valid JSON \(cut off part-way\)/);
	});
});

describe('unreadable lines', () => {
	it('garbage, binary and invalid UTF-8 lines are skipped with one warning each; commands still work', () => {
		runCope(['log', '4', 'first'], {home});
		appendFileSync(
			join(home, 'entries.jsonl'),
			Buffer.concat([Buffer.from('garbage here\n'), Buffer.from([0x00, 0x01, 0xc3, 0x28, 0xff, 0x0a]), Buffer.from('[1,2,3]\n')]),
		);
		runCope(['log', '6', 'second'], {home});
		for (const args of [['list'], ['list', '--json'], ['show', 'NOPE']]) {
			const result = runCope(args, {home});
			expect(result.stderr).toMatch(/skipped line 2 .*not valid JSON/);
			expect(result.stderr).toMatch(/skipped line 3 .*not valid UTF-8/);
			expect(result.stderr).toMatch(/skipped line 4 .*not a JSON object/);
			expect(result.stderr).toMatch(/cope doctor --repair/);
			if (args[0] === 'list') expect(result.code).toBe(0);
		}
		expect(runCope(['list'], {home}).stdout).toMatch(/second[\s\S]*first/);
	});

	it('an unreadable config.json does not stop logging', () => {
		mkdirSync(home, {recursive: true});
		writeFileSync(join(home, 'config.json'), '{not json');
		const result = runCope(['log', '5'], {home});
		expect(result.code).toBe(0);
	});
});
