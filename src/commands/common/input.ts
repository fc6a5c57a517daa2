import {CopeError} from '../../errors.js';

/** Reads all of stdin as text (for `-`). */
export async function readAllStdin(stdin: NodeJS.ReadStream): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}

/**
 * Text for `-`: piped stdin is read whole; on a terminal, a prompt asks for it, so
 * what is typed never lands in the shell's history. A single-line answer ends with
 * Enter; a multi-line one with Ctrl+D. Ctrl+C leaves without saving.
 */
export async function readTextArgument(
	stdin: NodeJS.ReadStream,
	stderr: NodeJS.WriteStream,
	prompt: string,
	multiline: boolean,
): Promise<string> {
	if (!stdin.isTTY) return readAllStdin(stdin);
	const {createInterface} = await import('node:readline');
	const rl = createInterface({input: stdin, output: stderr, terminal: true});
	stderr.write(prompt);
	const lines: string[] = [];
	let cancelled = false;
	try {
		await new Promise<void>((resolve) => {
			rl.on('SIGINT', () => {
				cancelled = true;
				stderr.write('\n');
				rl.close();
			});
			rl.on('line', (line) => {
				lines.push(line);
				if (!multiline) rl.close();
			});
			rl.on('close', resolve);
		});
	} finally {
		rl.close();
	}
	if (cancelled) throw new CopeError('stopped; nothing was saved.', {exitCode: 1});
	return lines.join('\n');
}
