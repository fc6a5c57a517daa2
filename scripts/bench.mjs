#!/usr/bin/env node
// npm run bench [-- --runs N] [-- --json]
//
// SPEC §7: each operation's median wall time and peak RSS on generated stores, as a
// ratio to `node -e ""` measured in the same run: interleaved with that operation's own
// runs, so a slow spell on the machine hits both alike, after two warm-up rounds that are
// not counted. A benchmark, not a test: it prints numbers and the targets; it fails
// (exit 1) only with --check when a target is missed.
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const bin = join(root, 'bin', 'cope.js');
const work = join(root, '.bench');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
/** Rounds run first and not counted: the first starts after a store copy pay for the disk settling. */
const WARMUP = 2;
const asJson = args.includes('--json');
const check = args.includes('--check');

// ---- deterministic store ----------------------------------------------------------
function mulberry32(seed) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function ulid(time, random) {
	let id = '';
	for (let i = 9; i >= 0; i--) id += CROCKFORD[Math.floor(time / 32 ** i) % 32];
	for (let i = 0; i < 16; i++) id += CROCKFORD[Math.floor(random() * 32)];
	return id;
}
const pad = (n) => String(n).padStart(2, '0');
function iso(date) {
	const offset = -date.getTimezoneOffset();
	const sign = offset >= 0 ? '+' : '-';
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}
const TAGS = ['work', 'gym', 'sleep', 'family', 'friends', 'outside', 'therapy', 'music', 'cooking', 'reading'];
const TRAPS = ['mind-reading', 'fortune-telling', 'all-or-nothing', 'labelling', 'should-statements', 'catastrophising'];
const WORDS = 'the a long day quiet walk talked with sam felt heavy lighter after tea rain work meeting slept badly better call'.split(' ');

/** `count` entries spread over the five years up to now, seeded so every run writes the same store. */
function generateStore(file, count) {
	const random = mulberry32(count);
	const pick = (list) => list[Math.floor(random() * list.length)];
	const sentence = (n) => Array.from({length: n}, () => pick(WORDS)).join(' ');
	const end = Date.now();
	const start = end - 5 * 365 * 24 * 3600_000;
	const lines = [];
	for (let i = 0; i < count; i++) {
		const time = Math.floor(start + ((end - start) * i) / count);
		const at = iso(new Date(time));
		const tags = random() < 0.5 ? [pick(TAGS)] : [];
		const kind = random();
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
				values: {situation: sentence(12), emotions: {anxious: 70, sad: 50}, thoughts: [sentence(8)], traps: [pick(TRAPS), pick(TRAPS)], balanced: sentence(10), rerate: {anxious: 40, sad: 30}},
			};
		}
		const {type, exercise, values, metrics} = body;
		const entry = {v: 1, id: ulid(time, random), at, type, exercise, created: at, tags, values};
		if (metrics) entry.metrics = metrics;
		lines.push(JSON.stringify(entry));
	}
	writeFileSync(file, lines.join('\n') + '\n', {mode: 0o600});
}

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
const rssHook = join(work, 'rss.mjs');
function run(argv, home, withRss) {
	const env = {...process.env, COPE_HOME: home ?? join(work, 'empty'), NO_COLOR: '1'};
	delete env.CI;
	const rssFile = join(work, 'rss.txt');
	const full = withRss ? ['--import', rssHook, ...argv] : argv;
	if (withRss) env.COPE_BENCH_RSS = rssFile;
	const started = process.hrtime.bigint();
	const result = spawnSync(process.execPath, full, {env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'});
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}: ${result.stderr}`);
	return {ms, rssKb: withRss ? Number(readFileSync(rssFile, 'utf8')) : undefined};
}
const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Time to the first frame of the TUI, in a real pseudo-terminal. */
async function firstFrame(home) {
	const {spawn} = await import('@lydell/node-pty');
	const env = {...process.env, COPE_HOME: home, TERM: 'xterm-256color'};
	delete env.CI;
	return new Promise((resolvePromise, reject) => {
		const started = process.hrtime.bigint();
		const pty = spawn(process.execPath, [bin, 'run', 'mood-log'], {cols: 100, rows: 30, env});
		let seen = '';
		const timer = setTimeout(() => {
			pty.kill();
			reject(new Error(`no first frame: ${seen.slice(-200)}`));
		}, 15_000);
		pty.onData((data) => {
			seen += data;
			if (/step 1 of/i.test(seen)) {
				const ms = Number(process.hrtime.bigint() - started) / 1e6;
				clearTimeout(timer);
				pty.kill();
				resolvePromise(ms);
			}
		});
	});
}

const OPERATIONS = [
	{name: 'cope log 5 "note"', store: 10_000, argv: ['log', '5', 'note'], target: 1.5},
	{name: 'cope log 5 "note"', store: 100_000, argv: ['log', '5', 'note'], target: 1.5},
	{name: 'cope report', store: 10_000, argv: ['report'], target: 2.5},
	{name: 'cope report', store: 100_000, argv: ['report'], target: 6, rssTargetMb: 150},
	{name: 'cope list -n 20', store: 100_000, argv: ['list', '-n', '20'], target: 2},
];

async function main() {
	mkdirSync(work, {recursive: true});
	writeFileSync(rssHook, "import {writeFileSync} from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.COPE_BENCH_RSS, String(process.resourceUsage().maxRSS)));\n");
	const help = spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'}).stdout;
	const baseline = [];
	const rows = [];
	const log = (text) => asJson || process.stderr.write(text);
	log(`cope bench · ${runs} runs each · node ${process.version}\n`);
	for (const op of OPERATIONS) {
		const command = op.argv[0];
		if (!new RegExp(`^  ${command}\\b`, 'm').test(help)) {
			rows.push({...op, skipped: `cope ${command} is not built yet`});
			continue;
		}
		const home = store(op.store);
		log(`  ${op.name} on ${op.store / 1000}k entries ...`);
		const times = [];
		const own = [];
		for (let i = -WARMUP; i < runs; i++) {
			const base = run(['-e', ''], undefined, false).ms;
			const ms = run([bin, ...op.argv], home, false).ms;
			if (i < 0) continue;
			own.push(base);
			times.push(ms);
		}
		baseline.push(...own);
		const rss = [];
		for (let i = 0; i < 3; i++) rss.push(run([bin, ...op.argv], home, true).rssKb);
		rows.push({...op, medianMs: median(times), baselineMs: median(own), peakRssMb: Math.max(...rss) / 1024});
		log(' done\n');
	}
	let frame;
	if (/^ {2}run\b/m.test(help)) {
		const home = store(10_000);
		const times = [];
		const own = [];
		for (let i = -WARMUP; i < Math.min(runs, 7); i++) {
			const base = run(['-e', ''], undefined, false).ms;
			const ms = await firstFrame(home);
			if (i < 0) continue;
			own.push(base);
			times.push(ms);
		}
		baseline.push(...own);
		frame = {name: 'TUI first frame (cope run mood-log)', store: 10_000, medianMs: median(times), baselineMs: median(own), target: 4};
		rows.push(frame);
	} else {
		rows.push({name: 'TUI first frame', store: 0, target: 4, skipped: 'cope run is not built yet'});
	}
	const base = median(baseline);
	const baseRss = run(['-e', ''], undefined, true).rssKb / 1024;
	const results = rows.map((row) => {
		if (row.skipped) return {operation: row.name, store: row.store, skipped: row.skipped, target: row.target};
		const ratio = row.medianMs / row.baselineMs;
		return {
			operation: row.name,
			store: row.store,
			medianMs: Number(row.medianMs.toFixed(1)),
			baselineMs: Number(row.baselineMs.toFixed(1)),
			ratio: Number(ratio.toFixed(2)),
			target: row.target,
			peakRssMb: row.peakRssMb === undefined ? null : Number(row.peakRssMb.toFixed(1)),
			rssTargetMb: row.rssTargetMb ?? null,
			ok: ratio <= row.target && (row.rssTargetMb === undefined || row.peakRssMb <= row.rssTargetMb),
		};
	});
	if (asJson) {
		process.stdout.write(JSON.stringify({node: process.version, runs, baselineMs: Number(base.toFixed(1)), baselineRssMb: Number(baseRss.toFixed(1)), results}, null, 2) + '\n');
	} else {
		const out = [`\nbaseline node -e "": ${base.toFixed(1)} ms median over all runs, ${baseRss.toFixed(1)} MB peak RSS; each ratio is to the baseline runs interleaved with that operation's\n`];
		out.push(`${'operation'.padEnd(38)} ${'store'.padStart(7)} ${'median'.padStart(9)} ${'baseline'.padStart(9)} ${'ratio'.padStart(6)} ${'target'.padStart(7)} ${'peak RSS'.padStart(9)}  `);
		for (const r of results) {
			const store = r.store ? `${r.store / 1000}k` : '—';
			if (r.skipped) {
				out.push(`${r.operation.padEnd(38)} ${store.padStart(7)}  (skipped: ${r.skipped})`);
				continue;
			}
			const rss = r.peakRssMb === null ? '—' : `${r.peakRssMb} MB`;
			out.push(`${r.operation.padEnd(38)} ${store.padStart(7)} ${`${r.medianMs} ms`.padStart(9)} ${`${r.baselineMs} ms`.padStart(9)} ${`${r.ratio}x`.padStart(6)} ${`<=${r.target}x`.padStart(7)} ${rss.padStart(9)}  ${r.ok ? 'ok' : 'MISSED'}`);
		}
		process.stdout.write(out.join('\n') + '\n');
	}
	if (check && results.some((r) => r.ok === false)) process.exitCode = 1;
}

await main();
