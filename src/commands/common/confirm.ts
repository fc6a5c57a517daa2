import {createInterface} from 'node:readline';
import type {Context} from '../../context.js';

/**
 * Asks a yes/no question on the terminal. Only "y"/"yes" (or, when `yesByDefault`,
 * an empty answer) is a yes; Ctrl+C or Ctrl+D is a no.
 */
export async function askYesNo(context: Context, question: string, yesByDefault = false): Promise<boolean> {
	const rl = createInterface({input: context.stdin, output: context.stderr, terminal: true});
	try {
		const answer = await new Promise<string | undefined>((resolve) => {
			rl.on('SIGINT', () => {
				context.stderr.write('\n');
				resolve(undefined);
			});
			rl.on('close', () => resolve(undefined));
			rl.question(`${question} ${yesByDefault ? '[Y/n]' : '[y/N]'} `, resolve);
		});
		if (answer === undefined) return false;
		const trimmed = answer.trim().toLowerCase();
		return trimmed === '' ? yesByDefault : trimmed === 'y' || trimmed === 'yes';
	} finally {
		rl.close();
	}
}
