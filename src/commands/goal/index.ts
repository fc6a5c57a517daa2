import type {Command} from 'commander';
import type {Context} from '../../context.js';
import type {MeasureOptions} from '../../domain/goals/options.js';

export interface GoalOptions extends MeasureOptions {
	words?: string;
	since?: string;
	why?: string;
	label?: string;
	json?: boolean;
}

const EXAMPLES = `
Examples:
  cope goal add "Walk three times a week" --tag walk --per-week 3 --why "to play with my kids"
  cope goal add "Two thought records a week" --exercise thought-record --per-week 2
  cope goal add "Ride out urges" --metric urge --below 7 --days-per-week 5
  cope goal add "Sleep enough" --metric sleep --at-least 6
  cope goal add "Call a friend" --check-in --per-week 1     then: cope goal done <id>
  cope goal edit 1 --per-week 4          from this week on; earlier weeks keep the goal they had
  cope goal pause 1 | cope goal resume 1 | cope goal archive 1

See them with: cope goals`;

const ADD_EXAMPLES = `
Examples:
  cope goal add "Walk three times a week" --tag walk --per-week 3 --why "to play with my kids"
  cope goal add "Two thought records a week" --exercise thought-record --per-week 2
  cope goal add "Ride out urges" --metric urge --below 7 --days-per-week 5
  cope goal add "Sleep enough" --metric sleep --at-least 6
  cope goal add "Call a friend" --check-in --per-week 1 --since 4w`;

const EDIT_EXAMPLES = `
Examples:
  cope goal edit 1 --per-week 4          from this week on; earlier weeks keep the goal they had
  cope goal edit 1 --words "Walk four times a week" --why "to sleep better"
  cope goal edit 1 --tag run             count another tag instead`;

/** Options that say what a goal counts and how often (add, edit). */
function measureOptions(command: Command): Command {
	return command
		.option('--exercise <id>', 'count each time you do this exercise (e.g. thought-record)')
		.option('--tag <tag>', 'count the days with this tag (e.g. walk)')
		.option('--metric <name>', "count the days a reading meets a condition (mood, urge, or your exercises' metrics)")
		.option('--below <n>', "with --metric: the day's average below n")
		.option('--above <n>', 'with --metric: above n')
		.option('--at-least <n>', 'with --metric: n or more')
		.option('--at-most <n>', 'with --metric: n or less')
		.option('--check-in', 'something cope cannot see: you mark it with cope goal done <id>')
		.option('--per-week <n>', 'so many a week')
		.option('--per-day <n>', 'so many a day')
		.option('--days-per-week <n>', 'with --tag or --metric: on so many days a week')
		.option('--days <days>', 'on these weekdays, e.g. mon,wed,fri')
		.option('--why <text>', 'why it matters to you (shown with the goal)')
		.option('--label <text>', 'a short name for one-line views (default: from what it counts)')
		.option('--json', 'print the goal as stored, as JSON');
}

export function registerGoal(program: Command, getContext: () => Context): void {
	const goal = program
		.command('goal')
		.summary('add or change a goal: what you are working toward')
		.description(
			'A goal is a target per week or per day, counted from what cope already records: an exercise done, a tag, a reading, or a check-in you mark yourself. Each week starts fresh.',
		)
		.usage('add "<words>" <measure> | edit|pause|resume|archive <id> | done <id>')
		.addHelpText('after', EXAMPLES);

	measureOptions(
		goal
			.command('add')
			.summary('add a goal in your own words')
			.argument('<words>', 'the goal in your words, e.g. "Walk three times a week"')
			.option('--since <date>', 'count it from then, e.g. 2026-10-01 or 4w, when you have been at it a while (default: this week)')
			.addHelpText('after', ADD_EXAMPLES),
	).action(async (words: string, options: GoalOptions) => {
		const {addGoalCommand} = await import('./run.js');
		await addGoalCommand(getContext(), words, options);
	});

	measureOptions(
		goal
			.command('edit')
			.summary('change a goal from this week on')
			.argument('<id>', 'the goal id, as cope goals shows it')
			.option('--words <text>', 'new words for it')
			.addHelpText('after', EDIT_EXAMPLES),
	).action(async (id: string, options: GoalOptions) => {
		const {editGoalCommand} = await import('./run.js');
		await editGoalCommand(getContext(), id, options);
	});

	for (const [name, summary] of [
		['pause', 'pause a goal (paused weeks are not counted)'],
		['resume', 'take a paused goal up again'],
		['archive', 'put a goal away (cope goals --all still shows it)'],
	] as const) {
		goal
			.command(name)
			.summary(summary)
			.argument('<id>', 'the goal id, as cope goals shows it')
			.option('--json', 'print the goal as stored, as JSON')
			.addHelpText('after', `\nExamples:\n  cope goal ${name} 1\n  cope goal ${name} 1 --json`)
			.action(async (id: string, options: {json?: boolean}) => {
				const {setGoalStateCommand} = await import('./run.js');
				setGoalStateCommand(getContext(), id, name, options);
			});
	}

	goal
		.command('done')
		.summary('mark a check-in goal as done (today, or --on a day)')
		.argument('<id>', 'the goal id, as cope goals shows it')
		.option('--on <day>', 'the day it counts on: today (default), yesterday, 2026-11-20, ...')
		.option('--undo', 'take back the last check-in of that day')
		.option('--json', 'print the goal as stored, as JSON')
		.addHelpText(
			'after',
			"\nExamples:\n  cope goal done 4                 today\n  cope goal done 4 --on yesterday\n  cope goal done 4 --undo          take back today's last check-in",
		)
		.action(async (id: string, options: {on?: string; undo?: boolean; json?: boolean}) => {
			const {checkInCommand} = await import('./run.js');
			await checkInCommand(getContext(), id, options);
		});
}
