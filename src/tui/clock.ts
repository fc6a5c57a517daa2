/**
 * Time for the TUI, injected so that tests move it by hand instead of waiting:
 * the timer step, the autosave debounce and the home screen's clock all use it.
 */
export interface Clock {
	now(): number;
	/** Calls `fn` every `ms` until the returned function is called. */
	every(ms: number, fn: () => void): () => void;
	/** Calls `fn` once after `ms` unless the returned function is called first. */
	after(ms: number, fn: () => void): () => void;
}

export const realClock: Clock = {
	now: () => Date.now(),
	every(ms, fn) {
		const timer = setInterval(fn, ms);
		return () => clearInterval(timer);
	},
	after(ms, fn) {
		const timer = setTimeout(fn, ms);
		return () => clearTimeout(timer);
	},
};
