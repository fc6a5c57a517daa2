import {fstatSync, statSync, writeSync} from 'node:fs';
import type {ContextIo} from './context.js';

/**
 * The process's own standard streams, each made only when first used, with the error
 * handler every one gets (one object for the process: a stream gets one handler). Making one costs milliseconds at every start (Node's
 * stream classes; for a terminal, its tty and net modules too), and `cope log` needs none:
 * `out` writes straight to standard output's file descriptor while its stream has not been
 * made, and `stdoutIsTTY` answers "no" for a pipe, a file or /dev/null without making it.
 */
export const processIo: ContextIo = makeProcessIo();

function makeProcessIo(): ContextIo {
	let stdout: NodeJS.WriteStream | undefined;
	let stderr: NodeJS.WriteStream | undefined;
	const io: ContextIo = {
		get stdin() {
			return process.stdin;
		},
		get stdout() {
			return (stdout ??= withErrorHandler(process.stdout, () => io.stderr));
		},
		get stderr() {
			return (stderr ??= withErrorHandler(process.stderr, undefined));
		},
		out(text) {
			if (stdout !== undefined) {
				stdout.write(text);
				return;
			}
			const bytes = Buffer.from(text, 'utf8');
			let done = 0;
			try {
				while (done < bytes.length) done += writeSync(1, bytes, done);
			} catch (error) {
				// A pipe that would block (a reader that set it so): the stream waits for it.
				if ((error as NodeJS.ErrnoException).code === 'EAGAIN') io.stdout.write(bytes.subarray(done));
				else stopOnOutputError(error as NodeJS.ErrnoException, () => io.stderr);
			}
		},
		stdoutIsTTY() {
			if (stdout === undefined) {
				try {
					// Only a character device can be a terminal, and /dev/null (output a script or a
					// benchmark throws away) is one that is not.
					const stats = fstatSync(1);
					if (!stats.isCharacterDevice() || stats.rdev === statSync('/dev/null').rdev) return false;
				} catch {
					return false;
				}
			}
			return io.stdout.isTTY === true;
		},
	};
	return io;
}

function withErrorHandler(stream: NodeJS.WriteStream, stderr: (() => NodeJS.WriteStream) | undefined): NodeJS.WriteStream {
	stream.on('error', (error: NodeJS.ErrnoException) => stopOnOutputError(error, stderr));
	return stream;
}

/**
 * A reader that stops early (`cope list | head`) closes the pipe: that is its choice, not a
 * crash, and there is nothing left to say. Anything else that stops output is one line on
 * stderr (none when it is stderr that failed).
 */
function stopOnOutputError(error: NodeJS.ErrnoException, stderr: (() => NodeJS.WriteStream) | undefined): never {
	if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	stderr?.().write(`cope: could not write the output: ${error.message}\n`);
	process.exit(1);
}
