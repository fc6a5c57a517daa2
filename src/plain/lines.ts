/**
 * Plain mode's input: whole lines from stdin, whether a person types them (the
 * terminal edits and echoes the line; cope draws nothing) or a script pipes them.
 * A read ends with a line, with the end of the input, or with an interruption
 * (Ctrl+C, a closed terminal), so the caller can keep a draft either way.
 */
export type LineRead = {kind: 'line'; text: string} | {kind: 'stop'; reason: StopReason};

/** `end`: the input ran out (Ctrl+D, the end of a pipe); `interrupt`: Ctrl+C; `hangup`: the terminal closed or cope was stopped. */
export type StopReason = 'end' | 'interrupt' | 'hangup';

/** Escape sequences a terminal sends for keys (arrows, function keys), and other control characters: never meant as text. */
const KEY_SEQUENCES = /\u001B\[[0-9;?]*[ -/]*[@-~]|\u001BO.|\u001B/g;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export function cleanLine(raw: string): string {
	// Ctrl+G is help now in the screens: on its own line here, it asks for help too.
	if (raw.replace(/\r$/, '') === '\u0007') return '?';
	return raw.replace(/\r$/, '').replace(KEY_SEQUENCES, '').replace(CONTROLS, '');
}

export class LineReader {
	/** How many lines have been read so far (for "line 3 of the input"). */
	count = 0;
	private buffer = '';
	private readonly lines: string[] = [];
	private stopped: StopReason | undefined;
	private waiter: {lines: boolean; resolve: (read: LineRead) => void} | undefined;
	private started = false;

	constructor(private readonly input: NodeJS.ReadableStream) {}

	private start(): void {
		if (this.started) return;
		this.started = true;
		this.input.setEncoding('utf8');
		this.input.on('data', this.onData);
		this.input.on('end', this.onEnd);
		this.input.on('error', this.onEnd);
	}

	private readonly onData = (chunk: string | Buffer): void => {
		this.buffer += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
		let at = this.buffer.indexOf('\n');
		while (at >= 0) {
			this.lines.push(this.buffer.slice(0, at));
			this.buffer = this.buffer.slice(at + 1);
			at = this.buffer.indexOf('\n');
		}
		this.wake();
	};

	private readonly onEnd = (): void => {
		// A last line without a line break still counts.
		if (this.buffer !== '') this.lines.push(this.buffer);
		this.buffer = '';
		this.stopped ??= 'end';
		this.wake();
	};

	private wake(): void {
		const waiter = this.waiter;
		if (!waiter) return;
		const read = waiter.lines ? this.take() : this.interruption();
		if (read) {
			this.waiter = undefined;
			this.input.pause();
			waiter.resolve(read);
		}
	}

	private interruption(): LineRead | undefined {
		return this.stopped !== undefined && this.stopped !== 'end' ? {kind: 'stop', reason: this.stopped} : undefined;
	}

	private take(): LineRead | undefined {
		// An interruption wins over lines already typed: Ctrl+C means "stop now".
		const interrupted = this.interruption();
		if (interrupted) return interrupted;
		const line = this.lines.shift();
		if (line !== undefined) {
			this.count++;
			return {kind: 'line', text: cleanLine(line)};
		}
		return this.stopped === undefined ? undefined : {kind: 'stop', reason: this.stopped};
	}

	/** The next line, or why there is none. */
	next(): Promise<LineRead> {
		this.start();
		const ready = this.take();
		if (ready) return Promise.resolve(ready);
		return new Promise((resolve) => {
			this.waiter = {lines: true, resolve};
			this.input.resume();
		});
	}

	/**
	 * Waits `ms`, or less if interrupted or (with `lines`) if a line comes: for a timer
	 * that a person may end early with Enter. A script's lines are left for later (`lines` false).
	 */
	wait(ms: number, lines: boolean): Promise<'done' | LineRead> {
		this.start();
		return new Promise((resolve) => {
			const finish = (result: 'done' | LineRead): void => {
				clearTimeout(timer);
				if (this.waiter?.resolve === finish) this.waiter = undefined;
				this.input.pause();
				resolve(result);
			};
			const timer = setTimeout(() => finish('done'), ms);
			const ready = lines ? this.take() : this.interruption();
			// The end of the input does not cut a timer short: it runs, and the next read finds the end.
			if (ready && !(ready.kind === 'stop' && ready.reason === 'end')) return finish(ready);
			this.waiter = {lines: lines && this.stopped === undefined, resolve: finish};
			if (this.waiter.lines) this.input.resume();
		});
	}

	/** Ctrl+C or a hangup: the read under way (and every later one) ends. */
	interrupt(reason: Exclude<StopReason, 'end'>): void {
		this.stopped = reason;
		this.wake();
	}

	/** Lets the process end: stop listening to the input. */
	close(): void {
		if (!this.started) return;
		this.input.off('data', this.onData);
		this.input.off('end', this.onEnd);
		this.input.off('error', this.onEnd);
		this.input.pause();
	}
}
