import type {Command} from 'commander';
import type {Context} from '../../context.js';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export interface EditOptions {
	set?: string[];
	at?: string;
}

export function registerEdit(program: Command, getContext: () => Context): void {
	program
		.command('edit')
		.summary('change an entry')
		.description(
			'Change an entry: in your editor ($VISUAL or $EDITOR), or with --set and --at from a script. The old words are removed from the disk, not just hidden.',
		)
		.argument('<id>', 'the id that `cope list` shows')
		.option(
			'--set <field=value>',
			'set one field without an editor (repeatable), e.g. --set mood=5 --set note="better now"; an empty value removes it; "-" reads it from stdin (kept out of shell history)',
			collect,
		)
		.option('--at <when>', 'move the entry to another time: "yesterday 21:00", "2026-11-20 08:30"')
		.addHelpText(
			'after',
			'\nExamples:\n' +
				'  cope edit 7K2QXA                     (opens your editor)\n' +
				'  cope edit 7K2QXA --set mood=5 --set note="better after a walk"\n' +
				'  cope edit 7K2QXA --set urge= --set tags="work sleep"\n' +
				'  cope edit 7K2QXA --set note=- < note.txt\n' +
				'  cope edit 7K2QXA --at "yesterday 21:00"',
		)
		.action(async (id: string, options: EditOptions) => {
			const {editEntry} = await import('./run.js');
			await editEntry(getContext(), id, options);
		});
}
