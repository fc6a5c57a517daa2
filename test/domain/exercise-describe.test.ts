import {describe, expect, it} from 'vitest';
import {describeSteps, duration, stepIsRequired} from '../../src/domain/exercise/describe.js';
import type {Exercise, Step} from '../../src/domain/exercise/types.js';

const exerciseOf = (...steps: Step[]): Exercise => ({format: 1, id: 'x', title: 'X', summary: 'S', steps});

describe('describeSteps', () => {
	it('says how many to choose and how many items a list takes', () => {
		const options = [
			{value: 'a', label: 'A'},
			{value: 'b', label: 'B', hint: 'the other one'},
		];
		const [any, range, least, most, list] = describeSteps(
			exerciseOf(
				{id: 'any', type: 'multi-select', prompt: 'P', options},
				{id: 'range', type: 'multi-select', prompt: 'P', options, min: 1, max: 2},
				{id: 'least', type: 'multi-select', prompt: 'P', options, min: 1},
				{id: 'most', type: 'multi-select', prompt: 'P', options, max: 1},
				{id: 'list', type: 'list', prompt: 'P', min: 2},
			),
		);
		expect(any?.facts).toEqual(['any', 'choose any', 'optional']);
		expect(any?.items).toEqual(['A [a]', 'B [b]: the other one']);
		expect(range?.facts[1]).toBe('choose 1 to 2');
		expect(least?.facts[1]).toBe('choose at least 1');
		expect(most?.facts[1]).toBe('choose up to 1');
		expect(list?.facts[1]).toBe('a list, one per line, at least 2');
	});

	it('words each kind of condition', () => {
		const steps = describeSteps(
			exerciseOf(
				{id: 'feel', type: 'scale', prompt: 'P', min: 0, max: 10},
				{id: 'pick', type: 'select', prompt: 'P', options: [{value: 'yes', label: 'Yes'}]},
				{id: 'a', type: 'text', prompt: 'P', when: {step: 'feel', lte: 3}},
				{id: 'b', type: 'text', prompt: 'P', when: {step: 'pick', eq: 'yes'}},
				{id: 'c', type: 'text', prompt: 'P', when: {step: 'feel', eq: 5}},
			),
		);
		expect(steps.slice(2).map((step) => step.facts.at(-1))).toEqual([
			'only if feel is 3 or less',
			'only if pick is "yes"',
			'only if feel is 5',
		]);
	});

	it('orders scale labels by value', () => {
		const [scale] = describeSteps(
			exerciseOf({id: 's', type: 'scale', prompt: 'P', min: -5, max: 10, labels: {'10': 'high', '-5': 'low', '2': 'mid'}}),
		);
		expect(scale?.lines).toEqual(['-5 = low · 2 = mid · 10 = high']);
	});
});

describe('stepIsRequired', () => {
	it('defaults to required for scale and select, optional otherwise, unless set', () => {
		expect(stepIsRequired({id: 's', type: 'scale', prompt: 'P', min: 0, max: 1})).toBe(true);
		expect(stepIsRequired({id: 's', type: 'select', prompt: 'P', options: [{value: 'a', label: 'A'}]})).toBe(true);
		expect(stepIsRequired({id: 't', type: 'text', prompt: 'P'})).toBe(false);
		expect(stepIsRequired({id: 'l', type: 'list', prompt: 'P'})).toBe(false);
		expect(stepIsRequired({id: 's', type: 'scale', prompt: 'P', min: 0, max: 1, required: false})).toBe(false);
		expect(stepIsRequired({id: 't', type: 'text', prompt: 'P', required: true})).toBe(true);
	});
});

describe('duration', () => {
	it('reads like a person would say it', () => {
		expect(duration(45)).toBe('45 s');
		expect(duration(120)).toBe('2 min');
		expect(duration(90)).toBe('1 min 30 s');
	});
});
