import {appendFileSync, chmodSync, existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {makeHome, runCope} from '../helpers/cli.js';
import {snapshotDir, storeText} from '../helpers/data-dir.js';

let home: string;
let cleanup: () => void;

beforeEach(() => {
	({home, cleanup} = makeHome());
});
afterEach(() => cleanup());

const store = (): string => join(home, 'entries.jsonl');
const DEAD_PID = 2_147_000_000;

interface Quarantined {
	from: string;
	line?: number;
	reason: string;
	text?: string;
	base64?: string;
}

function quarantine(): Quarantined[] {
	return readFileSync(join(home, 'quarantine.jsonl'), 'utf8')
		.split('\n')
		.filter((line) => line !== '')
		.map((line) => JSON.parse(line) as Quarantined);
}

function seed(): void {
	runCope(['log', '5', 'first'], {home});
	runCope(['log', '6', 'second'], {home});
}

describe('cope doctor', () => {
	it('says all is well for a healthy store (exit 0), and for no store at all', () => {
		const empty = runCope(['doctor'], {home});
		expect(empty.code).toBe(0);
		expect(empty.stdout).toContain('nothing to check');
		seed();
		const result = runCope(['doctor'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('entries.jsonl: 2 lines · 2 entries; every line reads.');
		expect(result.stdout).toContain('All well.');
		expect(result.stderr).toBe('');
	});

	it('names torn, garbage and binary lines (exit 1) and changes nothing without --repair', () => {
		seed();
		appendFileSync(store(), '{"v":1,"id":"01KA');
		appendFileSync(store(), '\nnot json at all\n');
		appendFileSync(store(), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x0a]));
		runCope(['log', '7', 'after the damage'], {home});
		const before = snapshotDir(home);
		const result = runCope(['doctor'], {home});
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('3 lines cannot be read');
		expect(result.stdout).toMatch(/line 3: not valid JSON/);
		expect(result.stdout).toMatch(/line 4: not valid JSON/);
		expect(result.stdout).toMatch(/line 5: not valid UTF-8/);
		expect(result.stderr).toContain('cope doctor --repair');
		expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
		expect(snapshotDir(home)).toEqual(before);
		// The other commands still work, and say so.
		const list = runCope(['list'], {home});
		expect(list.code).toBe(0);
		expect(list.stdout).toContain('after the damage');
		expect(list.stderr).toContain('skipped line 3');
	});

	it('--repair moves unreadable lines to quarantine (binary ones byte for byte) and rewrites the store', () => {
		seed();
		const binary = Buffer.from([0xff, 0xfe, 0x00, 0x41, 0xc3]);
		appendFileSync(store(), '{"v":1,"id":"01KA');
		appendFileSync(store(), '\nnot json at all\n');
		appendFileSync(store(), Buffer.concat([binary, Buffer.from('\n')]));
		runCope(['log', '7', 'after the damage'], {home});
		const result = runCope(['doctor', '--repair'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`Moved 3 unreadable lines from entries.jsonl to ${join(home, 'quarantine.jsonl')}`);
		expect(result.stdout).toContain('All well now.');
		const moved = quarantine();
		expect(moved.map((record) => [record.from, record.line, record.text])).toEqual([
			['entries.jsonl', 3, '{"v":1,"id":"01KA'],
			['entries.jsonl', 4, 'not json at all'],
			['entries.jsonl', 5, undefined],
		]);
		expect(Buffer.from(moved[2]?.base64 ?? '', 'base64').equals(binary)).toBe(true);
		expect(statSync(join(home, 'quarantine.jsonl')).mode & 0o777).toBe(0o600);
		expect(storeText(home)).not.toContain('not json');
		const list = runCope(['list'], {home});
		expect(list.stderr).toBe('');
		expect(list.stdout.trim().split('\n')).toHaveLength(3);
		expect(runCope(['doctor'], {home}).code).toBe(0);
	});

	it('--repair tidies away the older versions of edited entries', () => {
		seed();
		const [line] = storeText(home).split('\n');
		const edited = JSON.parse(line ?? '') as {values: {note: string}};
		edited.values.note = 'edited by hand';
		appendFileSync(store(), JSON.stringify(edited) + '\n');
		// Words an edit replaced, still on disk, break cope's promise (issue #9): a problem, exit 1.
		const check = runCope(['doctor'], {home});
		expect(check.code).toBe(1);
		expect(check.stdout).toContain('1 older version');
		expect(check.stdout).toContain('words of edited or deleted entries are still on disk');
		const result = runCope(['doctor', '--repair'], {home});
		expect(result.stdout).toContain('Tidied away 1 older version');
		expect(storeText(home)).not.toContain('"first"');
		expect(storeText(home).trim().split('\n')).toHaveLength(2);
	});

	it('names an entry a hand edit left with a number cope would not write; reports leave the number out', () => {
		runCope(['log', '5', 'fine'], {home});
		runCope(['log', '4', 'edited by hand'], {home});
		const lines = readFileSync(store(), 'utf8').trimEnd().split('\n');
		const edited = JSON.parse(lines[1] as string) as {id: string; values: Record<string, unknown>; metrics: Record<string, number>};
		edited.values['mood'] = 99;
		edited.metrics = {mood: 1e308, urge: -5};
		writeFileSync(store(), `${lines[0]}\n${JSON.stringify(edited)}\n`);
		const before = snapshotDir(home);
		const result = runCope(['doctor'], {home});
		expect(result.code).toBe(1);
		const short = edited.id.slice(-6);
		expect(result.stdout).toContain('an entry holds a number cope would not write, which reports leave out.');
		expect(result.stdout).toContain(
			`line 2 (${short}): its mood is 99; a mood is a whole number from 0 to 10. Put it right with: cope edit ${short}`,
		);
		expect(snapshotDir(home)).toEqual(before);
		// The report averages the entry cope wrote, not 1e308; the urge of -5 is no reading.
		const report = runCope(['report', '--json'], {home});
		expect(report.stdout).not.toContain('e+30');
		expect(runCope(['report'], {home}).stdout).toContain('average 5.0 (n=1)');
		// Put right as doctor says, it is all well again.
		expect(runCope(['edit', short, '--set', 'mood=4'], {home}).code).toBe(0);
		expect(runCope(['doctor'], {home}).stdout).not.toContain('cope would not write');
	});

	it('leaves lines of a newer cope as they are: they are not damage', () => {
		seed();
		const newer = '{"v":2,"id":"01KAZZZZZZZZZZZZZZZZZZZZZZ","enc":"sealed"}';
		appendFileSync(store(), `${newer}\n`);
		const result = runCope(['doctor'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('1 line was written by a newer version of cope');
		expect(runCope(['doctor', '--repair'], {home}).code).toBe(0);
		expect(storeText(home)).toContain(newer);
		expect(existsSync(join(home, 'quarantine.jsonl'))).toBe(false);
	});

	it('finds files and folders others can read, and --repair makes them private', () => {
		seed();
		chmodSync(home, 0o755);
		chmodSync(store(), 0o644);
		const result = runCope(['doctor'], {home});
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(`${home} is 0755; it should be 0700`);
		expect(result.stdout).toContain('entries.jsonl is 0644; it should be 0600');
		expect(runCope(['doctor', '--repair'], {home}).code).toBe(0);
		expect(statSync(home).mode & 0o777).toBe(0o700);
		expect(statSync(store()).mode & 0o777).toBe(0o600);
	});

	it('removes a lock left by a process that is gone, and temp files of interrupted writes', () => {
		seed();
		writeFileSync(join(home, 'entries.lock'), `${DEAD_PID} feedface`);
		writeFileSync(join(home, `.entries.jsonl.${DEAD_PID}.deadbeef.tmp`), 'half a copy');
		// A lock being taken for goals.json when its cope stopped.
		writeFileSync(join(home, `goals.lock.${DEAD_PID}.0badcafe.new`), `${DEAD_PID} 0badcafe`);
		const old = new Date(Date.now() - 3_600_000);
		const confTemp = join(home, 'config.json.tmp-1732570000abcdef');
		writeFileSync(confTemp, '{}');
		utimesSync(confTemp, old, old);
		const result = runCope(['doctor'], {home});
		expect(result.code).toBe(1);
		expect(result.stdout).toContain(`left behind by a cope that stopped (process ${DEAD_PID})`);
		expect(result.stdout).toContain('3 temporary files');
		expect(runCope(['doctor', '--repair'], {home}).code).toBe(0);
		expect(existsSync(join(home, 'entries.lock'))).toBe(false);
		expect(Object.keys(snapshotDir(home))).toEqual(['entries.jsonl']);
	});

	it("leaves a live writer's lock alone", () => {
		seed();
		writeFileSync(join(home, 'entries.lock'), `${process.pid} feedface`);
		const result = runCope(['doctor', '--repair'], {home});
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Another cope is writing right now');
		expect(existsSync(join(home, 'entries.lock'))).toBe(true);
	});

	it('keeps the words of an unfinished edit and of an unreadable draft in quarantine', () => {
		seed();
		writeFileSync(join(home, `.edit-ABC123-${DEAD_PID}-cafe0000.txt`), 'words I never saved');
		mkdirSync(join(home, 'drafts'), {mode: 0o700});
		writeFileSync(join(home, 'drafts', 'thought-record.json'), '{"step": 3', {mode: 0o600});
		writeFileSync(join(home, 'drafts', 'journal.json'), '{"step": 1}', {mode: 0o600});
		const check = runCope(['doctor'], {home});
		expect(check.code).toBe(1);
		expect(check.stdout).toContain('1 unfinished edit');
		expect(check.stdout).toContain('1 draft cannot be read');
		expect(runCope(['doctor', '--repair'], {home}).code).toBe(0);
		expect(quarantine().map((record) => record.text)).toEqual(['words I never saved', '{"step": 3']);
		expect(existsSync(join(home, 'drafts', 'journal.json'))).toBe(true);
		const after = runCope(['doctor'], {home});
		expect(after.stdout).toContain('1 draft is waiting');
	});

	it('reports config.json problems; --repair keeps an unreadable one in quarantine and resets bad values', () => {
		seed();
		writeFileSync(join(home, 'config.json'), '{"country": "GB", "alerts": {"urge": 42, "mood": 2}}', {mode: 0o600});
		const bad = runCope(['doctor'], {home});
		expect(bad.code).toBe(1);
		expect(bad.stdout).toContain('(alerts.urge)');
		expect(runCope(['doctor', '--repair'], {home}).code).toBe(0);
		expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'))).toEqual({country: 'GB', alerts: {mood: 2}});

		writeFileSync(join(home, 'config.json'), '{"country": ', {mode: 0o600});
		expect(runCope(['doctor'], {home}).stdout).toContain('config.json cannot be read');
		expect(runCope(['doctor', '--repair'], {home}).code).toBe(0);
		expect(existsSync(join(home, 'config.json'))).toBe(false);
		expect(quarantine().at(-1)?.text).toBe('{"country": ');
	});

	it('says which lines help now will show, and why, before they are needed', () => {
		seed();
		// testEnv's locale is en_GB.
		expect(runCope(['doctor'], {home}).stdout).toContain(
			'✓ Help now shows Samaritans, Shout (United Kingdom, going by your locale, en_GB.UTF-8).',
		);
		runCope(['config', 'set', 'country', 'PT'], {home});
		const portugal = runCope(['doctor'], {home});
		expect(portugal.code).toBe(0);
		expect(portugal.stdout).toContain(
			'· cope has no crisis lines built in for PT (going by your country setting), so help now shows findahelpline.com, which lists lines there.',
		);
		expect(portugal.stdout).toContain('cope config set crisis.custom');
		runCope(['config', 'set', 'country', ''], {home});
		const unknown = runCope(['doctor'], {home, env: {LANG: 'C'}});
		expect(unknown.stdout).toContain(
			'· Your country is not known (no country setting, and the locale names none), so help now shows findahelpline.com.',
		);
		expect(unknown.stdout).toContain('cope config set country <code>');
	});

	it('a hand-written country code that is no country is a config problem; --repair resets it', () => {
		seed();
		writeFileSync(join(home, 'config.json'), '{"country": "ZZ"}', {mode: 0o600});
		const bad = runCope(['doctor'], {home});
		expect(bad.code).toBe(1);
		expect(bad.stdout).toContain('! config.json: a setting is not valid (country); its default applies meanwhile.');
		// Meanwhile help goes by the locale, as it would with no setting.
		expect(bad.stdout).toContain('✓ Help now shows Samaritans, Shout (United Kingdom, going by your locale, en_GB.UTF-8).');
		expect(runCope(['doctor', '--repair'], {home}).code).toBe(0);
		expect(JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'))).toEqual({});
	});

	it('says so when the data folder is a file (exit 1, no stack)', () => {
		writeFileSync(home, 'not a folder');
		const result = runCope(['doctor', '--repair'], {home});
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('is a file, not a folder');
		expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
		expect(readFileSync(home, 'utf8')).toBe('not a folder');
	});

	it('--json gives the findings as data', () => {
		seed();
		appendFileSync(store(), 'garbage\n');
		const result = runCope(['doctor', '--json'], {home});
		expect(result.code).toBe(1);
		const report = JSON.parse(result.stdout) as {
			healthy: boolean;
			problems: number;
			checks: Array<{check: string; status: string; repairable: boolean}>;
		};
		expect(report.healthy).toBe(false);
		expect(report.problems).toBe(1);
		expect(report.checks.find((check) => check.check === 'entries')).toMatchObject({status: 'problem', repairable: true});
		const repaired = JSON.parse(runCope(['doctor', '--json', '--repair'], {home}).stdout) as {healthy: boolean; repaired: string[]};
		expect(repaired.healthy).toBe(true);
		expect(repaired.repaired.join(' ')).toContain('Moved 1 unreadable line');
	});
});
