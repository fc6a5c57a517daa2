import {existsSync} from 'node:fs';
import type {Context} from '../../context.js';
import {type CheckResult, problem} from '../../domain/doctor/types.js';
import {inert} from '../../domain/text.js';
import type {RepairOutcome} from '../../store/doctor-repair.js';
import {fileInTheWay} from '../../store/paths.js';
import {storeProblemText} from '../../words/store-errors.js';
import {repairedText, STEP_NAMES} from './repair-words.js';

const MARKS: Record<CheckResult['status'], string> = {ok: '✓', note: '·', problem: '!'};

function printResults(context: Context, results: readonly CheckResult[]): void {
	for (const result of results) {
		context.stdout.write(`${MARKS[result.status]} ${inert(result.summary)}\n`);
		for (const detail of result.details) context.stdout.write(`    ${inert(detail, {singleLine: true})}\n`);
	}
}

/** Runs the checks (and repairs), prints them, and returns the problems that remain. */
export function doctor(
	context: Context,
	options: {repair?: boolean; json?: boolean},
	runChecks: (paths: Context['paths'], now: Date, env: NodeJS.ProcessEnv) => CheckResult[],
	repair: (paths: Context['paths'], now: Date) => RepairOutcome,
): CheckResult[] {
	const {paths, stdout} = context;
	const now = context.now();
	const file = fileInTheWay(paths.dir);
	if (file !== undefined) {
		const result = problem(
			'folder',
			file === paths.dir
				? `${paths.dir} is a file, not a folder, so cope cannot keep anything there.`
				: `${file} is a file, not a folder, so cope cannot make its data folder ${paths.dir} there.`,
			['Move the file aside, or choose another data folder with --home or COPE_HOME.'],
			false,
		);
		if (options.json)
			stdout.write(JSON.stringify({dir: paths.dir, healthy: false, problems: 1, checks: [result], repaired: []}, null, 2) + '\n');
		else printResults(context, [result]);
		return [result];
	}
	if (!existsSync(paths.dir)) {
		if (options.json) stdout.write(JSON.stringify({dir: paths.dir, healthy: true, problems: 0, checks: [], repaired: []}, null, 2) + '\n');
		else stdout.write(`No data yet at ${inert(paths.dir)}: nothing to check.\n`);
		return [];
	}
	const before = runChecks(paths, now, context.env);
	const outcome = options.repair && before.some((result) => result.repairable) ? repair(paths, now) : {done: [], failed: []};
	const repaired = outcome.done.map((done) => repairedText(done, paths));
	// A repair step that failed is a problem in its own right, whatever the checks say after it.
	const failed = outcome.failed.map(({step, problem: why}) =>
		problem('repair', `Could not repair ${STEP_NAMES[step]}: ${storeProblemText(why)}. Nothing of it was removed.`, [], false),
	);
	const after = repaired.length > 0 || failed.length > 0 ? runChecks(paths, now, context.env) : before;
	const problems = [...after.filter((result) => result.status === 'problem'), ...failed];
	if (options.json) {
		const failures = failed.length > 0 ? {failed: failed.map((result) => result.summary)} : {};
		stdout.write(
			JSON.stringify(
				{
					dir: paths.dir,
					healthy: problems.length === 0,
					problems: problems.length,
					checks: after,
					repaired,
					...failures,
					...(repaired.length > 0 || failed.length > 0 ? {before} : {}),
				},
				null,
				2,
			) + '\n',
		);
		return problems;
	}
	stdout.write(`Checking ${inert(paths.dir)}\n\n`);
	printResults(context, before);
	if (options.repair) {
		if (repaired.length > 0) stdout.write(`\nRepaired:\n${repaired.map((line) => `  ${inert(line)}\n`).join('')}`);
		if (failed.length > 0) stdout.write(`\nNot repaired:\n${failed.map((result) => `  ${inert(result.summary)}\n`).join('')}`);
		else if (repaired.length === 0)
			stdout.write(
				problems.length > 0 ? '\nNone of this is something cope can safely change by itself.\n' : '\nNothing needed repairing.\n',
			);
		if ((repaired.length > 0 || failed.length > 0) && problems.length > failed.length) {
			stdout.write('\nStill to look at:\n');
			printResults(context, problems.slice(0, problems.length - failed.length));
		}
	}
	if (problems.length === 0) stdout.write(options.repair && repaired.length > 0 ? '\nAll well now.\n' : '\nAll well.\n');
	return problems;
}
