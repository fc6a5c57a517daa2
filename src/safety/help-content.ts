import {cellsOf, inert} from '../domain/text.js';
import {type HelpNow, type ReachLine, reachLines} from './help.js';
import type {SafetyPlan} from './plan.js';

/**
 * "Help now", one content for every place that shows it: `cope sos`, ctrl+g in the
 * screens and the summary after a hard entry (docs/safety.md). Where to turn first
 * (the person's own contact, then their country's lines, or the directories), then
 * their plan in short, then what they can start. Each surface renders it its own way;
 * none decides what is in it.
 */

/** Something to start from help now: an exercise, or the whole plan. */
export interface HelpAction {
	id: 'urge' | 'grounding' | 'breathing' | 'ideas' | 'plan';
	/** The one key that starts it in the screens. */
	key: string;
	/** As offered: "ride out an urge". */
	label: string;
	/** The exercise it runs; none for the plan. */
	exercise?: string;
	/** The same from a shell. */
	command: string;
}

export const HELP_ACTIONS: readonly HelpAction[] = [
	{id: 'grounding', key: 'g', label: 'grounding', exercise: 'grounding-54321', command: 'cope run grounding-54321'},
	{id: 'breathing', key: 'b', label: 'breathing', exercise: 'box-breathing', command: 'cope run box-breathing'},
	{id: 'urge', key: 'u', label: 'ride out an urge', exercise: 'urge-surfing', command: 'cope run urge-surfing'},
	{id: 'ideas', key: 't', label: 'things to try', exercise: 'coping-ideas', command: 'cope run coping-ideas'},
	{id: 'plan', key: 'p', label: 'your whole plan', command: 'cope plan'},
];

export interface HelpContent {
	/** Where to turn, in order: own contact, the country's lines or the directories, then danger. */
	reach: ReachLine[];
	/** Why the directories are shown (no country known, or no line for it), when they are. */
	why?: 'no-country' | 'no-line';
	country?: string;
	/** The plan in short: one line per part that has something in it, in the plan's order. */
	plan: Array<{title: string; items: string[]}>;
	/** When the plan was saved; undefined with no plan. */
	planAt?: string;
	actions: readonly HelpAction[];
}

export {reachLines, reachText, type ReachLine} from './help.js';

export function helpContent(help: HelpNow, plan: SafetyPlan | undefined, actions: readonly HelpAction[] = HELP_ACTIONS): HelpContent {
	const content: HelpContent = {reach: reachLines(help), plan: [], actions};
	if (help.lines.length === 0) content.why = help.country === undefined ? 'no-country' : 'no-line';
	if (help.country !== undefined) content.country = help.country;
	if (plan) {
		content.planAt = plan.at;
		content.plan = plan.sections
			.filter((section) => section.items.length > 0)
			.map((section) => ({title: section.title, items: section.items.map((item) => inert(item, {singleLine: true}))}));
	}
	return content;
}

/** The actions as shell commands, where no key can start them (a pipe, the message after `cope log`). */
export function actionCommands(actions: readonly HelpAction[]): string {
	return actions.map((action) => action.command).join(' · ');
}

/** The actions as keys: "g grounding · b breathing · …". */
export function actionKeys(actions: readonly HelpAction[]): string[] {
	return actions.map((action) => `${action.key} ${action.label}`);
}

/** A phone number's groups ("07700 900123", "+44 (0)20 7946 0958", "116 123,") stay one word; else a word is what spaces part. */
const WORDS = /\+?\(?\d[\d()\-.]*(?: \(?\d[\d()\-.]*)*[,;:)]*(?=\s|$)|\S+/g;

/**
 * Words wrapped to `width` cells, continuation lines indented by `indent`. A word
 * is never broken while it fits on a line of its own (an address or a phone number
 * goes to the next line whole, without the indent if it needs the room); only a word
 * wider than the whole line is cut.
 */
export function wrapWords(text: string, width: number, indent = ''): string[] {
	const lines: string[] = [];
	let line = '';
	const push = (): void => {
		if (line !== '') lines.push(line);
		line = '';
	};
	for (const word of text.match(WORDS) ?? []) {
		const lead = lines.length === 0 && line === '' ? '' : indent;
		if (line === '') {
			line = cellsOf(lead + word) <= width ? lead + word : word;
		} else if (cellsOf(`${line} ${word}`) <= width) {
			line = `${line} ${word}`;
		} else {
			push();
			line = cellsOf(indent + word) <= width ? indent + word : word;
		}
		while (cellsOf(line) > width) {
			const chars = [...line];
			lines.push(chars.slice(0, width).join(''));
			line = chars.slice(width).join('');
		}
	}
	push();
	return lines;
}

/** A reach line wrapped: the address on its own line when it does not fit beside the words. */
export function wrapReach(line: ReachLine, width: number): string[] {
	if (line.url === undefined) return wrapWords(line.text, width, '  ');
	const together = `${line.text} ${line.url}`;
	if (cellsOf(together) <= width) return [together];
	return [...wrapWords(line.text, width, '  '), ...wrapWords(line.url, width)];
}

/** The plan in short, a line per part: "Things I can do on my own: a walk · music". */
export function planLines(content: HelpContent): string[] {
	return content.plan.map((section) => `${section.title}: ${section.items.join(' · ')}`);
}
