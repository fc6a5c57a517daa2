import type {Command} from 'commander';
import type {Context} from '../../context.js';
import {findSetting, SETTINGS} from '../../domain/settings.js';
import {invalid} from '../../errors.js';
import {writeSetting} from '../../store/settings.js';

function unknownKey(key: string): Error {
	return invalid(`there is no setting called "${key}".`, `Settings: ${SETTINGS.map((s) => s.key).join(', ')} (cope config list).`);
}

export function registerConfig(program: Command, getContext: () => Context): void {
	const config = program
		.command('config')
		.summary('settings: country, alert levels, your own crisis contact')
		.description('See or change settings.')
		.addHelpText(
			'after',
			'\nExamples:\n  cope config list\n  cope config set country GB\n  cope config set alerts.urge 6\n  cope config set crisis.custom "Sam 07700 900123"',
		);
	config
		.command('list', {isDefault: true})
		.description('every setting with its value')
		.option('--json', 'as JSON')
		.addHelpText('after', '\nExamples:\n  cope config list\n  cope config            the same\n  cope config list --json')
		.action((options: {json?: boolean}) => {
			const context = getContext();
			const settings = context.settings();
			if (options.json) {
				context.stdout.write(JSON.stringify(settings, null, 2) + '\n');
				return;
			}
			for (const setting of SETTINGS) {
				const value = settings[setting.key];
				const shown = value === '' ? context.style.dim('(not set)') : JSON.stringify(value);
				context.stdout.write(`${setting.key.padEnd(14)} ${shown}\n${' '.repeat(15)}${context.style.dim(setting.description)}\n`);
			}
		});
	config
		.command('get')
		.description('one setting')
		.argument('<key>', `one of ${SETTINGS.map((s) => s.key).join(', ')}`)
		.addHelpText('after', '\nExamples:\n  cope config get country\n  cope config get alerts.urge')
		.action((key: string) => {
			const context = getContext();
			if (!findSetting(key)) throw unknownKey(key);
			const value = context.settings()[key];
			context.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value)}\n`);
		});
	config
		.command('set')
		.description('change a setting (checked before anything is written)')
		.argument('<key>', `one of ${SETTINGS.map((s) => s.key).join(', ')}`)
		.argument('<value>', 'the new value; for country and crisis.custom, "" clears it')
		.addHelpText(
			'after',
			'\nExamples:\n  cope config set country GB\n  cope config set alerts.mood 3\n  cope config set crisis.custom "Sam 07700 900123"\n  cope config set crisis.custom ""        remove it',
		)
		.action(async (key: string, value: string) => {
			const context = getContext();
			if (!findSetting(key)) throw unknownKey(key);
			const saved = await writeSetting(context.paths, key, value);
			context.stdout.write(`${key} = ${JSON.stringify(saved)}\n`);
		});
}
