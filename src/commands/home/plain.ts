import type {Context} from '../../context.js';
import {plainHome} from '../../plain/home.js';
import {PlainRun} from '../../plain/run.js';
import type {RunnableExercise} from '../run/catalog.js';
import {homePlanIn} from '../common/goals.js';
import {homeNow} from '../common/home-now.js';
import {plainDeps, reportEnding, withPlainIO} from '../run/plain.js';

/**
 * The home screen as a plain numbered menu: an exercise chosen runs as plain prompts,
 * then the menu comes back (as the screens do). Ends with Enter, or with "r" for the report.
 */
export async function runPlainHome(context: Context, catalog: readonly RunnableExercise[]): Promise<'report' | 'closed'> {
	const deps = plainDeps(context);
	const exercises = catalog.map((choice) => choice.exercise);
	return withPlainIO(context, async (io) => {
		for (;;) {
			const now = context.now();
			const {glance, plan, lastEntryHard} = homeNow(context, (days, today) => homePlanIn(context, days, today));
			const unfinished = new Set(
				exercises.filter((exercise) => deps.drafts.read(exercise.id) !== undefined).map((exercise) => exercise.id),
			);
			const choice = await plainHome(io, {
				now,
				glance,
				exercises,
				unfinished,
				helpLines: deps.helpLines,
				plan,
				urgeFirst: lastEntryHard,
			});
			if (choice.kind !== 'start') return choice.kind === 'report' ? 'report' : 'closed';
			io.write('\n');
			const ending = await new PlainRun(choice.exercise, deps, io).run();
			await reportEnding(context, ending);
			if (ending.kind !== 'saved') return 'closed';
			io.write('\n');
		}
	});
}
