import {inert} from '../domain/text.js';
import {dayAndTime, wallClock} from '../domain/time.js';
import type {Style} from '../term.js';
import {itemCount, PLAN_SECTIONS, type SafetyPlan} from './plan.js';

/** When a version was saved, as the person would say it: "Tue 25 Nov 2026, 21:40". */
export function planDate(plan: SafetyPlan): string {
	return dayAndTime(wallClock(plan.at), true);
}

/** The plan as plain text: each section's title, then its items (inert: they are the person's words). */
export function formatPlan(plan: SafetyPlan, style: Style): string {
	const lines = [`${style.bold('Your safety plan')} ${style.dim(`· ${planDate(plan)}`)}`];
	for (const section of plan.sections) {
		lines.push('', style.bold(section.title));
		if (section.items.length === 0) lines.push(style.dim('  (nothing here yet)'));
		for (const item of section.items) lines.push(`  • ${inert(item, {singleLine: true})}`);
	}
	return lines.join('\n') + '\n';
}

/** With no plan yet: what each of the seven parts holds, and how to fill it in. */
export function formatEmptyPlan(style: Style): string {
	const lines = [
		"You don't have a safety plan yet. It is a short list, in your own words, of what",
		'helps when things get hard. It has seven parts, then where you keep it, who has a',
		'copy and when to look at it again:',
		'',
		...PLAN_SECTIONS.flatMap((section) => [`  ${style.bold(section.title)}`, `    ${style.dim(section.about)}`]),
		'',
		`Fill it in with: ${style.accent('cope plan edit')}`,
	];
	return lines.join('\n') + '\n';
}

/** One line per saved version, newest first: "Tue 25 Nov 2026, 21:40  7K2QXA  12 items (latest)". */
export function formatPlanHistory(plans: readonly SafetyPlan[], style: Style, shortId: (id: string) => string): string {
	return (
		plans
			.map((plan, index) => {
				const count = itemCount(plan);
				const items = `${count} ${count === 1 ? 'item' : 'items'}`;
				return `${planDate(plan)}  ${style.dim(shortId(plan.id))}  ${items}${index === 0 ? style.dim('  (latest)') : ''}`;
			})
			.join('\n') + '\n'
	);
}
