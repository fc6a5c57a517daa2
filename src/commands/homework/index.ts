import type {Command} from 'commander';
import type {Context} from '../../context.js';

export interface HomeworkOptions {
	days?: string;
	perWeek?: string;
	note?: string;
	json?: boolean;
}

const EXAMPLES = `
Examples:
  cope homework                                   what is set, and how this week is going
  cope homework set thought-record --days mon,thu on those weekdays
  cope homework set box-breathing --per-week 3 --note "before bed"
  cope homework set thought-record --per-week 2   setting it again changes it, from this week on
  cope homework stop thought-record

Homework is an exercise from your therapy plan. Your therapist's own exercises are
installed with cope exercises; cope goal pause|resume <id> work on homework too.
The home screen lists what is set for today first. Nothing reminds or nags.`;

export function registerHomework(program: Command, getContext: () => Context): void {
	const homework = program
		.command('homework')
		.summary('exercises from your therapy plan: set, see, stop')
		.description(
			'Exercises set between sessions, shown on the home screen on the days they are for. One kind of goal: cope goals lists them too.',
		)
		.usage('[list] [--json] | set <exercise> [--days mon,wed,fri | --per-week <n>] [--note <text>] | stop <exercise|id>')
		.addHelpText('after', EXAMPLES);

	homework
		.command('list', {isDefault: true})
		.summary('what is set, and how this week is going (the default)')
		.option('--weeks <n>', 'how many weeks of marks, 1–52 (default 8)')
		.option('--all', 'include homework that was stopped')
		.option('--json', 'print it as JSON (fields: docs/goals.md)')
		.addHelpText('after', '\nExamples:\n  cope homework\n  cope homework list --weeks 12\n  cope homework --json')
		.action(async (options: {weeks?: string; all?: boolean; json?: boolean}) => {
			const {showGoals} = await import('../goals/show.js');
			showGoals(getContext(), options, 'therapist');
		});

	homework
		.command('set')
		.summary('set an exercise as homework (again: change it)')
		.argument('<exercise>', 'the exercise id, as cope exercises lists it')
		.option('--days <days>', 'on these weekdays, e.g. mon,wed,fri')
		.option('--per-week <n>', 'so many times a week, any days')
		.option('--note <text>', 'a few words from the therapist, shown with it')
		.option('--json', 'print the item as stored, as JSON')
		.addHelpText(
			'after',
			'\nExamples:\n  cope homework set thought-record --days mon,thu\n  cope homework set box-breathing --per-week 3 --note "before bed"',
		)
		.action(async (exercise: string, options: HomeworkOptions) => {
			const {setHomework} = await import('./run.js');
			await setHomework(getContext(), exercise, options);
		});

	homework
		.command('stop')
		.summary('stop a homework item (its weeks so far are kept)')
		.argument('<exercise|id>', 'the exercise id, or the id cope homework shows')
		.option('--json', 'print the item as stored, as JSON')
		.addHelpText('after', '\nExamples:\n  cope homework stop thought-record\n  cope homework stop 3')
		.action(async (item: string, options: {json?: boolean}) => {
			const {setGoalStateCommand} = await import('../goal/run.js');
			const {stopHomework} = await import('./run.js');
			stopHomework(getContext(), item, options, setGoalStateCommand);
		});
}
