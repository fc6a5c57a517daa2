import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {
	firstCopingStrategy,
	itemCount,
	latestPlan,
	PLAN_SECTIONS,
	planFromEntry,
	planSectionTitle,
	planVersions,
} from '../../src/safety/plan.js';
import {formatEmptyPlan, formatPlan, formatPlanHistory} from '../../src/safety/plan-text.js';
import {makeStyle} from '../../src/term.js';
import {ROOT} from '../helpers/cli.js';
import {planEntry} from '../helpers/entries.js';

const plain = makeStyle(false);
const day = (n: number): Date => new Date(2026, 10, n, 20, 0);

describe('the safety plan sections', () => {
	it('are the seven Stanley–Brown steps, then where it is kept, who has a copy and when to look again', () => {
		expect(PLAN_SECTIONS.map((section) => section.id)).toEqual([
			'warning-signs',
			'coping',
			'distractions',
			'people',
			'professionals',
			'environment',
			'reasons',
			'kept',
			'copies',
			'look-again',
		]);
	});

	it('asks for the emergency number and urgent care, and says what "safer" is for without naming any means', () => {
		const exercise = JSON.parse(readFileSync(join(ROOT, 'exercises', 'safety-plan.json'), 'utf8')) as Exercise;
		const step = (id: string) => exercise.steps.find((candidate) => candidate.id === id);
		expect(step('professionals')?.help).toMatch(/emergency number/);
		expect(step('professionals')?.help).toMatch(/urgent care or A&E/);
		const environment = `${step('environment')?.prompt ?? ''} ${step('environment')?.help ?? ''}`;
		expect(environment).toMatch(/limiting access to things you might use to hurt yourself/);
		expect(environment).not.toMatch(/knife|knives|blade|razor|pill|tablet|medication|medicine|rope|ligature|weapon|gun|firearm/i);
	});

	it('an older plan, saved before these steps existed, still reads in full', () => {
		const older = planFromEntry(
			planEntry({coping: ['a walk'], environment: ['ask Sam to keep things'], 'old-step': ['kept from before']}, day(1)),
		);
		expect(older.sections.find((section) => section.id === 'coping')?.items).toEqual(['a walk']);
		expect(older.sections.find((section) => section.id === 'kept')?.items).toEqual([]);
		expect(older.sections.at(-1)).toEqual({id: 'old-step', title: 'Old step', items: ['kept from before']});
		expect(planSectionTitle('environment')).toBe('Making where I am safer');
	});

	it('match the list steps of exercises/safety-plan.json, which opens with an info step', () => {
		const exercise = JSON.parse(readFileSync(join(ROOT, 'exercises', 'safety-plan.json'), 'utf8')) as Exercise;
		expect(exercise.kind).toBe('safety-plan');
		expect(exercise.steps[0]?.type).toBe('info');
		const parts = exercise.steps.filter((step) => step.type !== 'info');
		expect(parts.map((step) => step.id)).toEqual(PLAN_SECTIONS.map((section) => section.id));
		expect(exercise.steps).toHaveLength(11);
	});
});

describe('planFromEntry', () => {
	it('keeps the seven sections in order, empty ones too', () => {
		const plan = planFromEntry(planEntry({coping: ['walk', '  ', 'music'], reasons: 'my cat'}, day(1)));
		expect(plan.sections.map((section) => section.id)).toEqual(PLAN_SECTIONS.map((section) => section.id));
		expect(plan.sections[1]).toEqual({id: 'coping', title: 'Things I can do on my own', items: ['walk', 'music']});
		expect(plan.sections[6]?.items).toEqual(['my cat']);
		expect(plan.sections[0]?.items).toEqual([]);
		expect(itemCount(plan)).toBe(3);
	});

	it('keeps what a customised plan exercise added', () => {
		const plan = planFromEntry(planEntry({coping: ['walk'], 'my-therapist': ['Dr Lee, Tuesdays']}, day(1)));
		expect(plan.sections.at(-1)).toEqual({id: 'my-therapist', title: 'My therapist', items: ['Dr Lee, Tuesdays']});
	});
});

describe('versions', () => {
	const older = planEntry({coping: ['old idea']}, day(2));
	const newer = planEntry({coping: ['new idea']}, day(5));
	// Written later but dated earlier (e.g. imported): `at` decides which is newest.
	const backdated = planEntry({coping: ['backdated']}, day(1));

	it('the newest `at` is the plan; versions are newest first', () => {
		const entries = [older, newer, backdated];
		expect(latestPlan(entries)?.id).toBe(newer.id);
		expect(planVersions(entries).map((plan) => plan.id)).toEqual([newer.id, older.id, backdated.id]);
		expect(firstCopingStrategy(latestPlan(entries))).toBe('new idea');
	});

	it('ignores other entry types and deleted versions', () => {
		const mood = {...newer, id: 'X', type: 'mood'};
		expect(latestPlan([older, mood, {...newer, deleted: true}])?.id).toBe(older.id);
		expect(latestPlan([])).toBeUndefined();
		expect(firstCopingStrategy(undefined)).toBeUndefined();
		expect(firstCopingStrategy(planFromEntry(planEntry({reasons: ['x']}, day(1))))).toBeUndefined();
	});
});

describe('plan text', () => {
	it('prints titles and the person’s items, inert', () => {
		const text = formatPlan(planFromEntry(planEntry({coping: ['walk \u001B[2J now'], reasons: ['my sister']}, day(25))), plain);
		expect(text).toContain('Your safety plan · Wed 25 Nov 2026, 20:00');
		expect(text).toContain('Things I can do on my own\n  • walk ^[[2J now\n');
		expect(text).toContain('Warning signs\n  (nothing here yet)\n');
		expect(text).toContain('Reasons for living\n  • my sister\n');
		expect(text).not.toContain('\u001B');
	});

	it('with no plan, names the seven parts and how to fill them in', () => {
		const text = formatEmptyPlan(plain);
		for (const section of PLAN_SECTIONS) expect(text).toContain(`  ${section.title}\n    ${section.about}\n`);
		expect(text).toContain('Fill it in with: cope plan edit');
		for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(90);
	});

	it('lists versions with dates, newest marked', () => {
		const plans = planVersions([planEntry({coping: ['a', 'b']}, day(3)), planEntry({coping: ['a']}, day(4))]);
		const lines = formatPlanHistory(plans, plain, (id) => id.slice(-6))
			.trimEnd()
			.split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(/^Wed 4 Nov 2026, 20:00 {2}\w{6} {2}1 item {2}\(latest\)$/);
		expect(lines[1]).toMatch(/^Tue 3 Nov 2026, 20:00 {2}\w{6} {2}2 items$/);
	});
});
