import type {Entry} from '../entry.js';
import {kindOf} from '../../steps/registry.js';
import type {Exercise, ScaleStep} from './types.js';

/** What the summary screen shows after saving, as plain data (the view adds the styling). */
export interface RunSummary {
	/** A warm first line. */
	headline: string;
	/** Each re-rated feeling: before → after. */
	changes: Array<{name: string; before: number | undefined; after: number}>;
	/** The balanced thought, when the exercise has one. */
	balanced?: string;
	/** A few short facts ("mood 6 · urge 2"). */
	facts: string[];
	/** Where to look next: the report, or for the safety plan, the plan itself. */
	next: string;
}

const HEADLINES: Record<string, string> = {
	'thought-record': 'Saved. Well done for slowing this down.',
	journal: 'Saved. Thank you for taking the time to write.',
	mood: 'Saved. Thanks for checking in with yourself.',
};

export function summarizeRun(exercise: Exercise, entry: Entry): RunSummary {
	const headline = Object.hasOwn(HEADLINES, entry.type) ? (HEADLINES[entry.type] as string) : 'Saved. Well done for making the time.';
	const changes: RunSummary['changes'] = [];
	for (const step of exercise.steps) {
		if (step.type !== 'emotions' || step.rerate === undefined) continue;
		const after = entry.values[step.id];
		const before = entry.values[step.rerate];
		if (after === null || typeof after !== 'object' || Array.isArray(after)) continue;
		const earlier = before !== null && typeof before === 'object' && !Array.isArray(before) ? before : {};
		for (const [name, level] of Object.entries(after)) {
			if (typeof level !== 'number') continue;
			const was = Object.hasOwn(earlier, name) ? earlier[name] : undefined;
			changes.push({name, before: typeof was === 'number' ? was : undefined, after: level});
		}
	}
	const facts: string[] = [];
	// A scale rated again (`rerate`: an urge before and after a timer) reads as "urge 8 → 2".
	const rerated = new Map<string, number>();
	for (const step of exercise.steps) {
		const value = entry.values[step.id];
		if (step.type === 'scale' && step.rerate !== undefined && typeof value === 'number') rerated.set(step.rerate, value);
	}
	// mood and urge read as they always have ("mood 6"); an exercise's own metric by its label, on its scale ("Energy 2/10").
	const nameOf = (step: ScaleStep): {name: string; max: string} => {
		const own = step.metric !== undefined && step.metric !== 'mood' && step.metric !== 'urge';
		const name = own ? (step.label ?? (step.metric as string).replaceAll('-', ' ')) : (step.metric ?? step.id.replaceAll('-', ' '));
		return {name, max: own && step.label !== undefined && step.min === 0 ? `/${step.max}` : ''};
	};
	const byMetric = new Map<string, {name: string; max: string; values: number[]}>();
	for (const step of exercise.steps) {
		const value = entry.values[step.id];
		if (step.type !== 'scale' || step.rerate !== undefined || typeof value !== 'number') continue;
		const {name, max} = nameOf(step);
		const again = rerated.get(step.id);
		if (again !== undefined) facts.push(`${name} ${value}${max} → ${again}${max}`);
		else if (step.metric !== undefined) {
			const found = byMetric.get(step.metric) ?? {name, max, values: []};
			found.values.push(value);
			byMetric.set(step.metric, found);
		}
	}
	for (const {name, max, values} of byMetric.values())
		facts.push(values.length > 1 ? `${name} ${values[0]}${max} → ${values.at(-1)}${max}` : `${name} ${values[0]}${max}`);
	for (const step of exercise.steps) {
		const value = entry.values[step.id];
		const kind = kindOf(step);
		if (value !== undefined && kind.summaryFacts) facts.push(...kind.summaryFacts(step, value));
	}
	const text = entry.values['text'];
	if (entry.type === 'journal' && typeof text === 'string') {
		const words = text.trim().split(/\s+/).filter(Boolean).length;
		facts.push(`${words} ${words === 1 ? 'word' : 'words'}`);
	}
	const balanced = entry.values['balanced'];
	const next =
		entry.type === 'safety-plan'
			? 'Your plan is there whenever you need it: cope plan, and in help now'
			: 'See how things go over time: cope report';
	const summary: RunSummary = {headline, changes, facts, next};
	if (typeof balanced === 'string' && balanced.trim() !== '') summary.balanced = balanced.trim();
	return summary;
}

/** 60 → "One minute", 120 → "2 minutes", 45 → "45 seconds": time passed, in words. */
export function durationInWords(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	if (whole < 60) return `${whole} ${whole === 1 ? 'second' : 'seconds'}`;
	if (whole % 60 !== 0) return formatDuration(whole);
	const minutes = whole / 60;
	return minutes === 1 ? 'One minute' : `${minutes} minutes`;
}

/** 90 → "1:30"; 45 → "0:45". */
export function formatDuration(seconds: number): string {
	const whole = Math.max(0, Math.floor(seconds));
	return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
