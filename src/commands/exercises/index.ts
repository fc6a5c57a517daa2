import type {Command} from 'commander';
import type {Context} from '../../context.js';

const HELP = `
Examples:
  cope exercises                      the exercises you can run
  cope exercises show thought-record  the steps of one
  cope exercises show journal --json > ~/my-journal.json   a copy to make your own
  cope exercises validate my.json     check a file you wrote
  cope exercises add activity.json    check and install one (from your therapist)

Your own exercises are JSON files in the "exercises" folder of your data
directory (cope where shows it); cope exercises add puts them there. A file
with the id of a built-in replaces it.`;

/**
 * `cope exercises [list] | show <id> | validate <file...>`. The work (and zod, which
 * checks exercise files) is loaded only when one of these runs, never at start-up.
 */
export function registerExercises(program: Command, getContext: () => Context): void {
	const exercises = program
		.command('exercises')
		.summary('list the exercises, show one, check and add your own files')
		.description('The exercises cope can guide you through: the built-in ones and your own.')
		.usage('[list] [--json] | show <id> [--json] | validate <file...> | add <file|folder|->')
		.addHelpText('after', HELP);

	exercises
		.command('list', {isDefault: true})
		.summary('list the exercises (the default)')
		.description('List the exercises: id, title, about how long, whether built-in or yours, and what it is for.')
		.option('--json', 'print them as JSON')
		.addHelpText('after', "\nExamples:\n  cope exercises list\n  cope exercises list --json | jq -r '.[].id'")
		// A word that is not a subcommand never lands here: src/cli.ts answers it (checkHelpTopic).
		.action(async (options: {json?: boolean}) => {
			const {listExercises} = await import('./catalog.js');
			listExercises(getContext(), options);
		});

	exercises
		.command('show')
		.summary('show the steps of one exercise')
		.argument('<id>', 'the exercise id, as `cope exercises` lists it')
		.option('--json', 'print the exercise file itself (JSON), e.g. to make your own version')
		.addHelpText(
			'after',
			'\nExamples:\n  cope exercises show thought-record\n  cope exercises show journal --json > my-journal.json   a start for your own',
		)
		.action(async (id: string, options: {json?: boolean}) => {
			const {showExercise} = await import('./catalog.js');
			showExercise(getContext(), id, options);
		});

	exercises
		.command('validate')
		.summary('check exercise files before you use them')
		.argument('<file...>', 'one or more exercise files (JSON)')
		.addHelpText('after', '\nExamples:\n  cope exercises validate worry-time.json\n  cope exercises validate *.json && echo "all good"')
		.action(async (files: string[]) => {
			const {validateExerciseFiles} = await import('./catalog.js');
			validateExerciseFiles(getContext(), files);
		});

	exercises
		.command('add')
		.summary('check exercise files and install them (e.g. from your therapist)')
		.description(
			'Check exercise files and put them in your exercises folder (created if needed). Nothing is installed unless every file is valid.',
		)
		.argument('<source>', 'an exercise file, a folder of them, or - to read one from a pipe')
		.option('--force', 'replace an exercise of yours that has the same id')
		.addHelpText(
			'after',
			'\nExamples:\n  cope exercises add activity-log.json          one file from your therapist\n  cope exercises add ~/Downloads/homework/       every .json file in a folder\n  cat activity-log.json | cope exercises add -',
		)
		.action(async (source: string, options: {force?: boolean}) => {
			const {addExercises} = await import('./add.js');
			await addExercises(getContext(), source, options);
		});
}
