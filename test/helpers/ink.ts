import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';

/**
 * Helpers for Ink + React 19 under vitest (after Shopify/cli's testing/ui.ts):
 * wait until input is attached before typing, then poll for frames. No fixed sleeps.
 */
export type Rendered = ReturnType<typeof render>;

export const KEYS = {
	enter: '\r',
	escape: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	home: '\u001B[H',
	end: '\u001B[F',
	backspace: '\u007F',
	tab: '\t',
	space: ' ',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	ctrlE: '\u0005',
	ctrlG: '\u0007',
} as const;

const STRIP = /\u001B\[[0-9;]*m/g;

export function plain(frame: string | undefined): string {
	// The keys line joins words with no-break spaces; tests read them as plain spaces.
	return (frame ?? '').replace(STRIP, '').replaceAll('\u00A0', ' ');
}

/** Polls `check` on every turn of the event loop until it returns a value (not undefined/false), or fails after `timeout` ms. */
export async function waitFor<T>(check: () => T | undefined | false, what: string, timeout = 4000): Promise<T> {
	const deadline = Date.now() + timeout;
	let last: unknown;
	for (;;) {
		try {
			const value = check();
			if (value !== undefined && value !== false) return value;
		} catch (error) {
			last = error;
		}
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
		await new Promise((resolve) => setTimeout(resolve, 2));
	}
}

/** Renders and waits until a component has attached to stdin (keys written earlier would be lost). */
export async function renderReady(tree: ReactElement): Promise<Rendered> {
	const rendered = render(tree);
	await waitFor(() => rendered.stdin.listenerCount('readable') > 0, 'input to be attached');
	return rendered;
}

/** The current frame, without colour. */
export function frameOf(rendered: Rendered): string {
	return plain(rendered.lastFrame());
}

/** Waits until the frame shows `text` (or matches), and returns it. */
export async function waitForText(rendered: Rendered, text: string | RegExp, timeout?: number): Promise<string> {
	const frame = await waitFor(
		() => {
			const frame = frameOf(rendered);
			return (typeof text === 'string' ? frame.includes(text) : text.test(frame)) ? frame : undefined;
		},
		`the frame to show ${String(text)}`,
		timeout,
	).catch((error: unknown) => {
		throw new Error(`${(error as Error).message}; last frame:\n${frameOf(rendered)}`);
	});
	// A new screen attaches its input in an effect after it is drawn: let that run before typing.
	await settle();
	return frame;
}

/** Yields to the event loop: a lone Esc is only delivered after a macrotask (Ink holds it back to see if a sequence follows). */
export async function settle(): Promise<void> {
	await new Promise((resolve) => setImmediate(resolve));
	await new Promise((resolve) => setImmediate(resolve));
}

/** Writes keys one write at a time, letting each Esc through before the next write. */
export async function press(rendered: Rendered, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		rendered.stdin.write(key);
		if (key === KEYS.escape) await settle();
	}
}
