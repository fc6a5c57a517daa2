import type {Command} from 'commander';
import type {Context} from '../../context.js';

export interface ReportOptions {
	since?: string;
	from?: string;
	to?: string;
	by?: string;
	metric?: string;
	tag?: string;
	width?: string;
	json?: boolean;
}

const EXAMPLES = `
Examples:
  cope report                          the last 30 days
  cope report --since 3m --by week     three months, week by week
  cope report --from 2026-10-01 --to "last sunday"
  cope report --metric urge --tag work
  cope report --json | jq .summary`;

export function registerReport(program: Command, getContext: () => Context): void {
	program
		.command('report')
		.summary('how things have been going: numbers, charts, patterns')
		.description(
			'Trends and patterns over a period (default: the last 30 days, today included): averages with their n, a chart, urges, tags that go with better or worse days, thought records and a calendar.',
		)
		.option('--since <span>', 'from then until today: 7d, 4w, 3m, 1y or a date')
		.option('--from <date>', 'first day: 2026-10-01, "last monday", ...')
		.option('--to <date>', 'last day (default: today)')
		.option('--by <unit>', 'chart and list by day, week or month (default: day)')
		.option('--metric <name>', 'the number to chart: mood (default), urge, or any metric your exercises record')
		.option('--tag <tag>', 'only entries with this tag')
		.option('--width <cols>', 'fit the output in this many columns, 40–200 (default: the terminal, or 80)')
		.option('--json', 'print the figures as JSON (fields: docs/report.md)')
		.addHelpText('after', EXAMPLES)
		.action(async (options: ReportOptions) => {
			// Loaded only here, so that `cope log` and the other commands never compile the report's code.
			const {printReport} = await import('./print.js');
			await printReport(getContext(), options);
		});
}
