#!/usr/bin/env node
// @ts-check
// npm run bench [-- --runs N] [-- --json] [-- --check] [-- --node 24] [-- --only TUI]
//
// The speed targets of docs/architecture.md ("Speed"): each operation's median wall time
// and peak RSS on generated stores, under Node 24 and Node 20 in one run, each as a ratio
// to that Node's own `node -e ""`, measured interleaved with the operation's runs (a slow
// spell on the machine hits both alike), after two warm-up rounds that are not counted.
// Each Node's binary is found once with `npx -p node@N` and run directly, so npx's own
// start is not timed. A benchmark, not a test: it prints numbers and the targets; it
// fails (exit 1) only with --check when a target is missed.
import {execFileSync, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bin = join(root, 'bin', 'cope.js');
const work = join(root, '.bench');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
/** The Node majors to measure: --node 24 for one only. */
const majors = args.includes('--node') ? [Number(args[args.indexOf('--node') + 1])] : [24, 20];
/** Rounds run first and not counted: the first starts after a store copy pay for the disk settling. */
const WARMUP = 2;
const asJson = args.includes('--json');
const check = args.includes('--check');
/** --only <text>: the operations whose name holds it (any case), e.g. --only goals. */
const only = args.includes('--only') ? String(args[args.indexOf('--only') + 1]).toLowerCase() : undefined;

// ---- deterministic store ----------------------------------------------------------
/** @param {number} seed */
function mulberry32(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** @param {number} time @param {() => number} random */
function ulid(time, random) {
	let id = '';
	for (let i = 9; i >= 0; i--) id += CROCKFORD[Math.floor(time / 32 ** i) % 32];
	for (let i = 0; i < 16; i++) id += CROCKFORD[Math.floor(random() * 32)];
	return id;
}
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
/** @param {Date} date */
function iso(date) {
	const offset = -date.getTimezoneOffset();
	const sign = offset >= 0 ? '+' : '-';
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
const TAGS = ['work', 'gym', 'sleep', 'family', 'friends', 'outside', 'therapy', 'music', 'cooking', 'reading'];
const TRAPS = ['mind-reading', 'fortune-telling', 'all-or-nothing', 'labelling', 'should-statements', 'catastrophising'];
const WORDS = 'the a long day quiet walk talked with sam felt heavy lighter after tea rain work meeting slept badly better call'.split(' ');

/**
 * `count` entries spread over the five years up to now, seeded so every run writes the same store.
 * @param {string} file
 * @param {number} count
 */
function generateStore(file, count) {
	const random = mulberry32(count);
	const pick = (/** @type {string[]} */ list) => /** @type {string} */ (list[Math.floor(random() * list.length)]);
	const sentence = (/** @type {number} */ n) => Array.from({length: n}, () => pick(WORDS)).join(' ');
	const end = Date.now();
	const start = end - 5 * 365 * 24 * 3600_000;
	const lines = [];
	for (let i = 0; i < count; i++) {
		const time = Math.floor(start + ((end - start) * i) / count);
		const at = iso(new Date(time));
		const tags = random() < 0.5 ? [pick(TAGS)] : [];
		const kind = random();
		/** @type {{type: string; exercise: string; values: Record<string, unknown>; metrics?: Record<string, number>}} */
		let body;
		if (kind < 0.75) {
			const mood = Math.floor(random() * 11);
			const urge = Math.floor(random() * 11);
			body = {type: 'mood', exercise: 'mood-log', values: {mood, urge, note: sentence(6)}, metrics: {mood, urge}};
		} else if (kind < 0.9) {
			body = {type: 'journal', exercise: 'journal', values: {text: sentence(60)}};
		} else {
			body = {
				type: 'thought-record',
				exercise: 'thought-record',
				values: {
					situation: sentence(12),
					emotions: {anxious: 70, sad: 50},
					thoughts: [sentence(8)],
					traps: [pick(TRAPS), pick(TRAPS)],
					balanced: sentence(10),
					rerate: {anxious: 40, sad: 30},
				},
			};
		}
		const {type, exercise, values, metrics} = body;
		/** @type {Record<string, unknown>} */
		const entry = {v: 1, id: ulid(time, random), at, type, exercise, created: at, tags, values};
		if (metrics) entry['metrics'] = metrics;
		lines.push(JSON.stringify(entry));
	}
	writeFileSync(file, lines.join('\n') + '\n', {mode: 0o600});
}

/** @param {number} count */
function store(count) {
	const dir = join(work, `store-${count}`);
	const file = join(dir, 'entries.jsonl');
	if (!existsSync(file)) {
		mkdirSync(dir, {recursive: true, mode: 0o700});
		generateStore(file, count);
		writeFileSync(join(dir, 'state.json'), JSON.stringify({welcomed: 'bench'}), {mode: 0o600});
	}
	// Each run of the benchmark works on a copy, so appends do not grow the fixture.
	const copy = join(work, `run-${count}`);
	rmSync(copy, {recursive: true, force: true});
	cpSync(dir, copy, {recursive: true});
	// Flush the copy, or the first timed fsync pays for writing the whole store out.
	spawnSync('sync');
	return copy;
}

// ---- measuring ------------------------------------------------------------------------
/**
 * The binary of Node `major`: this process's own when it is that Node, else the one npx
 * installs (once; later runs find it in npx's cache). Undefined when npx cannot get it.
 * @param {number} major
 * @returns {string | undefined}
 */
function nodeBinary(major) {
	if (Number(process.versions.node.split('.')[0]) === major) return process.execPath;
	try {
		return execFileSync('npx', ['-y', '-p', `node@${major}`, '--', 'node', '-p', 'process.execPath'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
		}).trim();
	} catch {
		return undefined;
	}
}

const rssHook = join(work, 'rss.mjs');
/**
 * One run of `node argv`: its wall time, and its peak RSS when asked.
 * @param {string} node
 * @param {string[]} argv
 * @param {string | undefined} home
 * @param {boolean} withRss
 */
function run(node, argv, home, withRss) {
	/** @type {NodeJS.ProcessEnv} */
	const env = {...process.env, COPE_HOME: home ?? join(work, 'empty'), NO_COLOR: '1'};
	delete env['CI'];
	const rssFile = join(work, 'rss.txt');
	const full = withRss ? ['--import', rssHook, ...argv] : argv;
	if (withRss) env['COPE_BENCH_RSS'] = rssFile;
	const started = process.hrtime.bigint();
	const result = spawnSync(node, full, {env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
	return {ms, rssKb: withRss ? Number(readFileSync(rssFile, 'utf8')) : 0};
}
/** @param {number[]} values */
const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const upper = sorted[mid] ?? 0;
	return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
};

/**
 * Time to the first frame of a screen, in a real pseudo-terminal: until it shows `shows`.
 * @param {string} node
 * @param {string} home
 * @param {{argv: string[]; shows: RegExp}} screen
 * @returns {Promise<number>}
 */
async function firstFrame(node, home, screen) {
	const {spawn} = await import('@lydell/node-pty');
	/** @type {Record<string, string>} */
	const env = {};
	for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'CI') env[key] = value;
	Object.assign(env, {COPE_HOME: home, TERM: 'xterm-256color'});
	return new Promise((resolvePromise, reject) => {
		const started = process.hrtime.bigint();
		const pty = spawn(node, [bin, ...screen.argv], {cols: 100, rows: 30, env});
		let seen = '';
		/** @type {number | undefined} */
		let ms;
		const timer = setTimeout(() => {
			pty.kill();
			reject(new Error(`no first frame: ${seen.slice(-200)}`));
		}, 15_000);
		pty.onData((data) => {
			seen += data;
			if (ms === undefined && screen.shows.test(seen)) {
				ms = Number(process.hrtime.bigint() - started) / 1e6;
				clearTimeout(timer);
				pty.kill();
			}
		});
		// Done once cope has gone: the next run (a baseline's) must not share the machine with it.
		pty.onExit(() => {
			if (ms !== undefined) resolvePromise(ms);
		});
	});
}

/**
 * The operations and their targets (docs/architecture.md, "Speed"). `target24` is Node 24's
 * where it differs; `setup` are cope commands run on the store's copy first (not timed).
 * A command (`argv`, timed to its exit) or a screen (timed to its first frame).
 * @typedef {{name: string; store: number; argv?: string[]; screen?: {argv: string[]; shows: RegExp}; setup?: string[][]; target: number; target24?: number; rssTargetMb?: number}} Operation
 * @type {Operation[]}
 */
const OPERATIONS = [
	{name: 'cope log 5 "note"', store: 10_000, argv: ['log', '5', 'note'], target: 1.5, target24: 1.6},
	{name: 'cope log 5 "note"', store: 100_000, argv: ['log', '5', 'note'], target: 1.5, target24: 1.6},
	{name: 'cope report', store: 10_000, argv: ['report'], target: 2.5},
	{name: 'cope report', store: 100_000, argv: ['report'], target: 6, rssTargetMb: 150},
	{name: 'cope report --since 3650d', store: 100_000, argv: ['report', '--since', '3650d'], target: 6},
	{name: 'cope list -n 20', store: 100_000, argv: ['list', '-n', '20'], target: 2},
	// Goals share the report's budget (docs/goals.md): one goal of each kind, and homework.
	{
		name: 'cope goals (4 goals)',
		store: 100_000,
		argv: ['goals'],
		setup: [
			['goal', 'add', 'Gym three times a week', '--tag', 'gym', '--per-week', '3'],
			['goal', 'add', 'Calmer days', '--metric', 'urge', '--below', '7', '--days-per-week', '5'],
			['goal', 'add', 'Call a friend', '--check-in', '--per-week', '1'],
			['homework', 'set', 'thought-record', '--days', 'mon,thu'],
		],
		target: 2.5,
	},
	{name: 'TUI first frame (cope run mood-log)', store: 10_000, screen: {argv: ['run', 'mood-log'], shows: /step 1 of/i}, target: 4},
	// The home screen reads the last two weeks and this week's goals: from a large store too,
	// after a report of every day (so entries.days holds years, of which it needs two weeks).
	{
		name: 'TUI first frame (cope, home, goals)',
		store: 100_000,
		screen: {argv: [], shows: /What would help/},
		setup: [
			['goal', 'add', 'Gym three times a week', '--tag', 'gym', '--per-week', '3'],
			['report', '--since', '3650d'],
		],
		target: 4,
	},
];

/**
 * @typedef {{operation: string; store: number; medianMs: number; baselineMs: number; ratio: number; target: number; peakRssMb: number | null; rssTargetMb: number | null; ok: boolean}} Result
 */

/**
 * Every operation under one Node, each interleaved with that Node's `node -e ""`.
 * @param {string} node
 * @param {number} major
 * @param {(text: string) => void} log
 */
async function measure(node, major, log) {
	/** @type {number[]} */
	const baseline = [];
	/** @type {Result[]} */
	const results = [];
	for (const op of OPERATIONS.filter((candidate) => only === undefined || candidate.name.toLowerCase().includes(only))) {
		const home = store(op.store);
		for (const argv of op.setup ?? []) run(process.execPath, [bin, ...argv], home, false);
		log(`  node ${major}: ${op.name} on ${op.store / 1000}k entries ...`);
		/** @type {number[]} */
		const times = [];
		/** @type {number[]} */
		const own = [];
		for (let i = -WARMUP; i < runs; i++) {
			const base = run(node, ['-e', ''], undefined, false).ms;
			const argv = op.argv;
			const ms = argv
				? run(node, [bin, ...argv], home, false).ms
				: await firstFrame(node, home, /** @type {NonNullable<Operation['screen']>} */ (op.screen));
			if (i < 0) continue;
			own.push(base);
			times.push(ms);
		}
		baseline.push(...own);
		/** @type {number | null} */
		let peakRssMb = null;
		if (op.argv) {
			/** @type {number[]} */
			const rss = [];
			for (let i = 0; i < 3; i++) rss.push(run(node, [bin, ...op.argv], home, true).rssKb);
			peakRssMb = Math.max(...rss) / 1024;
		}
		const target = major >= 24 ? (op.target24 ?? op.target) : op.target;
		const ratio = median(times) / median(own);
		results.push({
			operation: op.name,
			store: op.store,
			medianMs: Number(median(times).toFixed(1)),
			baselineMs: Number(median(own).toFixed(1)),
			ratio: Number(ratio.toFixed(2)),
			target,
			peakRssMb: peakRssMb === null ? null : Number(peakRssMb.toFixed(1)),
			rssTargetMb: op.rssTargetMb ?? null,
			ok: ratio <= target && (op.rssTargetMb === undefined || (peakRssMb ?? 0) <= op.rssTargetMb),
		});
		log(' done\n');
	}
	const baseRss = run(node, ['-e', ''], undefined, true).rssKb / 1024;
	return {baselineMs: Number(median(baseline).toFixed(1)), baselineRssMb: Number(baseRss.toFixed(1)), results};
}

/**
 * @param {string} version
 * @param {{baselineMs: number; baselineRssMb: number; results: Result[]}} measured
 */
function table(version, {baselineMs, baselineRssMb, results}) {
	const out = [
		`\nnode ${version} · ${runs} runs each · baseline node -e "": ${baselineMs} ms median over all runs, ${baselineRssMb} MB peak RSS; each ratio is to the baseline runs interleaved with that operation's\n`,
	];
	out.push(
		`${'operation'.padEnd(38)} ${'store'.padStart(7)} ${'median'.padStart(9)} ${'baseline'.padStart(9)} ${'ratio'.padStart(6)} ${'target'.padStart(7)} ${'peak RSS'.padStart(9)}  `,
	);
	for (const r of results) {
		const rss = r.peakRssMb === null ? '—' : `${r.peakRssMb} MB`;
		out.push(
			`${r.operation.padEnd(38)} ${`${r.store / 1000}k`.padStart(7)} ${`${r.medianMs} ms`.padStart(9)} ${`${r.baselineMs} ms`.padStart(9)} ${`${r.ratio}x`.padStart(6)} ${`<=${r.target}x`.padStart(7)} ${rss.padStart(9)}  ${r.ok ? 'ok' : 'MISSED'}`,
		);
	}
	return out.join('\n') + '\n';
}

async function main() {
	mkdirSync(work, {recursive: true});
	writeFileSync(
		rssHook,
		"import {writeFileSync} from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.COPE_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n",
	);
	const log = (/** @type {string} */ text) => asJson || process.stderr.write(text);
	/** @type {Array<{node: string; baselineMs: number; baselineRssMb: number; results: Result[]}>} */
	const measured = [];
	for (const major of majors) {
		const node = nodeBinary(major);
		if (node === undefined) {
			log(`node ${major}: not measured (npx could not get node@${major})\n`);
			continue;
		}
		const version = execFileSync(node, ['-p', 'process.version'], {encoding: 'utf8'}).trim();
		log(`cope bench · node ${version} (${node})\n`);
		measured.push({node: version, ...(await measure(node, major, log))});
	}
	if (asJson) process.stdout.write(JSON.stringify({runs, nodes: measured}, null, 2) + '\n');
	else for (const {node, ...rest} of measured) process.stdout.write(table(node, rest));
	if (check && (measured.length < majors.length || measured.some((m) => m.results.some((r) => !r.ok)))) process.exitCode = 1;
}

await main();
