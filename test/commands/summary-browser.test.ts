/**
 * The HTML summary in a real browser (Debian's chromium, driven by playwright-core):
 * a fortnight built as a person and their therapist would (the therapist's exercise
 * installed with `cope exercises add`, runs of it, thought records, urges ridden out,
 * moods with tags), rendered, and checked for what it says. Screenshots and the PDF go
 * to test-output/summary/ for a person to look at. Without chromium the test says so
 * and is skipped: .ci/run installs it.
 */
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {BrowserContext, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {makeHome, ROOT, runCope} from '../helpers/cli.js';
import {ENERGY, FIRST_DAY, LAST_DAY, MOODS, URGES, installAndWriteFortnight} from '../helpers/fortnight.js';

const CHROMIUM = process.env['COPE_CHROMIUM'] ?? '/usr/bin/chromium';
const found = existsSync(CHROMIUM);
if (!found) console.warn(`summary-browser.test.ts: SKIPPED — no chromium at ${CHROMIUM} (apt-get install chromium, or set COPE_CHROMIUM).`);

const OUTPUT = join(ROOT, 'test-output', 'summary');
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Run in the page: the smallest font size (px) of the text people read. */
const SMALLEST_TEXT = `Math.min(...[...document.querySelectorAll('p, li, dd, td, figcaption')].map((element) => Number.parseFloat(getComputedStyle(element).fontSize)))`;

type Browser = BrowserContext;

let home: string;
let cleanup: () => void;
let profile: string;
let browser: Browser;
let file: string;

const mean = (values: ReadonlyArray<number | null>): number => {
	const kept = values.filter((value): value is number => value !== null);
	return kept.reduce((a, b) => a + b, 0) / kept.length;
};

describe.skipIf(!found)('the HTML summary in chromium', () => {
	beforeAll(async () => {
		({home, cleanup} = makeHome());
		installAndWriteFortnight(home);
		mkdirSync(OUTPUT, {recursive: true});
		file = join(OUTPUT, 'summary.html');
		rmSync(file, {force: true});
		const written = runCope(['summary', '--from', FIRST_DAY, '--to', LAST_DAY, '--format', 'html', '-o', file, '--yes'], {home});
		expect(written.code, written.stderr).toBe(0);
		profile = mkdtempSync(join(tmpdir(), 'cope-chromium-'));
		const {chromium} = await import('playwright-core');
		browser = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			args: ARGS,
			ignoreDefaultArgs: ['--enable-automation'],
		});
	}, 60_000);

	afterAll(async () => {
		await browser?.close();
		if (profile) rmSync(profile, {recursive: true, force: true});
		cleanup?.();
	});

	/** Opens the file and records every request and every console error or page error. */
	async function open(width: number): Promise<{page: Page; requests: string[]; errors: string[]}> {
		const page = await browser.newPage();
		const requests: string[] = [];
		const errors: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		await page.setViewportSize({width, height: 900});
		await page.goto(pathToFileURL(file).href, {waitUntil: 'load'});
		return {page, requests, errors};
	}

	it('loads with no console errors and no request but the file itself', async () => {
		const {page, requests, errors} = await open(1024);
		expect(errors).toEqual([]);
		expect(requests).toEqual([pathToFileURL(file).href]);
		expect(await page.locator('script').count()).toBe(0);
		await page.screenshot({path: join(OUTPUT, 'desktop.png'), fullPage: true});
		await page.close();
	}, 30_000);

	it('tells the story of the fortnight truthfully', async () => {
		const {page} = await open(1024);
		const text = await page.locator('body').innerText();
		const moods = MOODS.filter((mood) => mood !== null);
		expect(text).toContain('Between sessions: 16 Nov – 29 Nov 2026');
		expect(text).toContain(`average ${mean(MOODS).toFixed(1)} (n=${moods.length})`);
		expect(text).toContain('range 3–8');
		expect(text).toContain('rising about');
		expect(text).toContain('Days with an entry: 12 of 14.');
		// Urges: the mood log's and the urge-surfing starts (8 and 6) are all readings.
		expect(text).toContain(`average ${mean([...URGES, 8, 6]).toFixed(1)} (n=${URGES.filter((u) => u !== null).length + 2})`);
		expect(text).toContain('1 day at 7 or above');
		expect(text).toMatch(/On days with #walk: mood \d\.\d vs \d\.\d without \(n=5 vs 6 days\)/);
		expect(text).toContain('Thought records (2)');
		expect(text).toContain('Everyone thinks I am useless');
		expect(text).toContain('One quiet room is not a verdict on me');
		expect(text).toContain('anxious 80 → 40, ashamed 60 → 30');
		expect(text).toContain('90 → 40');
		expect(text).toContain('Urges ridden out (2)');
		expect(text).toContain('urge 8 → 4 · 5 min with the timer');
		expect(text).toContain('Activity and energy (4 times)');
		expect(text).toContain(`Energy: average ${mean(ENERGY).toFixed(1)}/10 (n=4) · range 2–7.`);
		expect(text).toContain('Pleasure, something enjoyable');
		expect(text).toContain('When and where will you do walk 1, call Sam?');
		expect(text).not.toMatch(/private journal|private note|ba-energy|\{activities\}/);
		expect(text).toContain('Left out, as the person chose: journal entries, notes written with moods.');
		await page.close();
	}, 30_000);

	it('draws each chart with one point per day with a reading, on the scale’s range', async () => {
		const {page} = await open(1024);
		const charts = page.locator('svg.chart');
		expect(await charts.count()).toBe(3);
		expect(await charts.nth(0).locator('circle.point').count()).toBe(MOODS.filter((m) => m !== null).length);
		expect(await charts.nth(1).locator('circle.point').count()).toBe(URGES.filter((u) => u !== null).length);
		expect(await charts.nth(2).locator('circle.point').count()).toBe(ENERGY.length);
		// Days without a reading break the line: 16–17, 19–22, 24–27, 29 are the runs of mood.
		expect(await charts.nth(0).locator('polyline').count()).toBe(3);
		expect(await charts.nth(0).locator('circle.point').first().getAttribute('data-value')).toBe('3');
		expect(await page.locator('figcaption').nth(2).innerText()).toContain('0 = empty, 5 = some, 10 = full');
		await page.close();
	}, 30_000);

	it('reads at 375 px: nothing wider than the screen, text no smaller than 14 px', async () => {
		const {page} = await open(375);
		const widths = (await page.evaluate(`({scroll: document.documentElement.scrollWidth, small: ${SMALLEST_TEXT}})`)) as {
			scroll: number;
			small: number;
		};
		expect(widths.scroll).toBeLessThanOrEqual(375);
		expect(widths.small).toBeGreaterThanOrEqual(14);
		await page.screenshot({path: join(OUTPUT, 'phone-375.png'), fullPage: true});
		await page.screenshot({path: join(OUTPUT, 'phone-375-first-screen.png')});
		await page.close();
	}, 30_000);

	it('prints to A4: readable text, whole records, a few pages for two weeks', async () => {
		const {page} = await open(1024);
		await page.emulateMedia({media: 'print'});
		const smallest = (await page.evaluate(SMALLEST_TEXT)) as number;
		// 10.5 pt body text; nothing under 9 pt (12 px).
		expect(smallest).toBeGreaterThanOrEqual(12);
		const pdf = await page.pdf({format: 'A4', printBackground: true});
		writeFileSync(join(OUTPUT, 'summary.pdf'), pdf);
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		// Two weeks of this practice: 5 pages of A4 with Debian's chromium and fonts (4–6 allowing for other fonts).
		expect(pages).toBeGreaterThanOrEqual(4);
		expect(pages).toBeLessThanOrEqual(6);
		expect(readFileSync(join(OUTPUT, 'summary.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
		await page.close();
	}, 60_000);
});
