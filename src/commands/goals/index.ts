import type {Command} from 'commander';
import type {Context} from '../../context.js';

export interface GoalsOptions {
	json?: boolean;
	all?: boolean;
	weeks?: string;
}

const EXAMPLES = `
Examples:
  cope goals                 this week's progress, and the last 8 weeks as marks
  cope goals --weeks 12      more weeks of marks
  cope goals --all           put-away goals too
  cope goals --json

Add or change one with cope goal (see cope goal --help).`;

export function registerGoals(program: Command, getContext: () => Context): void {
	program
		.command('goals')
		.summary('your goals and homework: how this week is going')
		.description(
			'Each goal in your words, this week\'s progress ("2 of 3 this week") and the last weeks as a row of marks. Homework from your therapy plan is listed after your own goals.',
		)
		.option('--weeks <n>', 'how many weeks of marks, 1–52 (default 8)')
		.option('--all', 'include goals you have put away')
		.option('--json', 'print the goals and their progress as JSON (fields: docs/goals.md)')
		.addHelpText('after', EXAMPLES)
		.action(async (options: GoalsOptions) => {
			const {showGoals} = await import('./show.js');
			showGoals(getContext(), options);
		});
}
