import {byNewest, type Entry} from '../domain/entry.js';

/**
 * The personal safety plan (Stanley–Brown Safety Planning Intervention). Each
 * save of the safety-plan exercise is a new entry of this type, so every earlier
 * version is kept; the plan is the newest one.
 */
export const PLAN_TYPE = 'safety-plan';

export interface PlanSection {
	/** The step id in exercises/safety-plan.json and the key in the entry's values. */
	id: string;
	title: string;
	/** What goes there, in one line. */
	about: string;
}

/**
 * The seven steps, in the order Stanley and Brown give them, then where the plan is
 * kept, who has a copy and when to look at it again.
 */
export const PLAN_SECTIONS: readonly PlanSection[] = [
	{id: 'warning-signs', title: 'Warning signs', about: 'thoughts, feelings or situations that tell you things are getting harder'},
	{
		id: 'coping',
		title: 'Things I can do on my own',
		about: 'ways to take your mind off things without contacting anyone: relax, move, distract',
	},
	{
		id: 'distractions',
		title: 'People and places that take my mind off things',
		about: 'people to be with and places to go that help you feel a bit better',
	},
	{id: 'people', title: 'People I can ask for help', about: 'people you can tell that you are struggling, with how to reach them'},
	{
		id: 'professionals',
		title: 'Professionals and crisis services',
		about: 'GP, therapist or care team; the emergency number; urgent care or A&E; crisis lines',
	},
	{
		id: 'environment',
		title: 'Making where I am safer',
		about: 'limiting access to things you might use to hurt yourself, with someone you trust',
	},
	{id: 'reasons', title: 'Reasons for living', about: 'what matters most to you and what you are living for'},
	{id: 'kept', title: 'Where I keep this plan', about: 'where you can find it when you need it, on paper or on your phone'},
	{id: 'copies', title: 'Who has a copy', about: 'people or professionals you have given a copy to'},
	{id: 'look-again', title: 'When I will look at it again', about: 'a date or a moment to read it over and change what no longer fits'},
];

/**
 * A part's title by its step id, for every place that shows a plan (cope plan, cope
 * sos, the export). Plans saved by an earlier version of the exercise keep their
 * answers readable: ids cope once used are titled as they were, any other id (a
 * therapist's own step) in words.
 */
export function planSectionTitle(id: string): string {
	const known = PLAN_SECTIONS.find((section) => section.id === id);
	return known ? known.title : titleOf(id);
}

export interface SafetyPlanSection {
	id: string;
	title: string;
	items: string[];
}

export interface SafetyPlan {
	/** The id of the entry this version is. */
	id: string;
	/** When it was saved. */
	at: string;
	/** The seven sections in order (empty ones too), then any others a customised plan exercise added. */
	sections: SafetyPlanSection[];
}

function itemsOf(value: unknown): string[] {
	if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
	if (Array.isArray(value))
		return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
	return [];
}

function titleOf(id: string): string {
	const words = id.replaceAll('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

export function planFromEntry(entry: Entry): SafetyPlan {
	const known = new Set(PLAN_SECTIONS.map((section) => section.id));
	const sections: SafetyPlanSection[] = PLAN_SECTIONS.map(({id, title}) => ({id, title, items: itemsOf(entry.values[id])}));
	// A therapist's own version of the exercise, or an older one, may have asked for more: keep what it recorded.
	for (const [id, value] of Object.entries(entry.values)) {
		const items = itemsOf(value);
		if (!known.has(id) && items.length > 0) sections.push({id, title: planSectionTitle(id), items});
	}
	return {id: entry.id, at: entry.at, sections};
}

/** Every saved version, newest first. */
export function planVersions(entries: readonly Entry[]): SafetyPlan[] {
	return entries
		.filter((entry) => entry.type === PLAN_TYPE && !entry.deleted)
		.sort(byNewest)
		.map((entry) => planFromEntry(entry));
}

export function latestPlan(entries: readonly Entry[]): SafetyPlan | undefined {
	return planVersions(entries)[0];
}

/** The first of the person's own coping strategies, for the message after a hard entry. */
export function firstCopingStrategy(plan: SafetyPlan | undefined): string | undefined {
	return plan?.sections.find((section) => section.id === 'coping')?.items[0];
}

export function itemCount(plan: SafetyPlan): number {
	return plan.sections.reduce((sum, section) => sum + section.items.length, 0);
}
