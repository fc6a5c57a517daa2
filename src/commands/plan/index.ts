import type {Command} from 'commander';
import type {Context} from '../../context.js';
import {formatEmptyPlan, formatPlan, formatPlanHistory} from '../../safety/plan-text.js';
import {requireTerminal} from '../common/interactive.js';
import {readPlanVersions} from '../common/plan-versions.js';
import {shortId} from '../common/read.js';

interface PlanOptions {
	history?: boolean;
	json?: boolean;
}

export function registerPlan(program: Command, getContext: () => Context): void {
	const plan = program
		.command('plan')
		.summary('your safety plan: print it, or edit it')
		.description('Print your safety plan (the newest version). Every save keeps the earlier versions.')
		.option('--history', 'list the saved versions, newest first')
		.option('--json', 'print the plan (with --history: every version) as JSON')
		.addHelpText('after', '\nExamples:\n  cope plan\n  cope plan edit\n  cope plan --history\n  cope plan --json')
		.action((options: PlanOptions) => {
			printPlan(getContext(), options);
		});
	plan
		.command('edit')
		.description('fill in or change your safety plan (opens it in the terminal)')
		.addHelpText(
			'after',
			'\nExamples:\n  cope plan edit      the seven parts, one at a time; your last version is kept\n  cope plan           read it afterwards',
		)
		.action(async () => {
			const context = getContext();
			requireTerminal(context, 'Editing the safety plan', 'Run cope plan edit in a terminal. To see the plan: cope plan');
			const {runExerciseScreen} = await import('../run/screen.js');
			await runExerciseScreen(context, 'safety-plan');
		});
}

export function printPlan(context: Context, options: PlanOptions): void {
	const versions = readPlanVersions(context, {warn: true});
	const {stdout, style} = context;
	if (options.json) {
		stdout.write(JSON.stringify(options.history ? versions : (versions[0] ?? null), null, 2) + '\n');
		return;
	}
	const latest = versions[0];
	if (latest === undefined) {
		stdout.write(formatEmptyPlan(style));
		return;
	}
	if (options.history) {
		stdout.write(formatPlanHistory(versions, style, shortId));
		stdout.write(style.dim('See one in full: cope show <id>') + '\n');
		return;
	}
	stdout.write(formatPlan(latest, style));
	stdout.write('\n' + style.dim('Change it: cope plan edit · earlier versions: cope plan --history') + '\n');
}
