import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import {cellsOf, truncate} from '../domain/text.js';
import {Dim, Strong, Prose} from './theme.js';

interface FrameProps {
	/** The exercise or screen title. */
	title: string;
	/** "step 3 of 8", shown after the title. */
	position?: string;
	/** Progress dots such as ●●●○○○○○. */
	dots?: string;
	/** Right-aligned in the header when there is room (the home screen's date). */
	aside?: string;
	/** The keys line at the bottom. */
	hints: readonly string[];
	columns: number;
	children: ReactNode;
}

/**
 * Every screen's frame: header, rule, content, the keys line. Re-laid out for any
 * width from 30 columns. No box is given a fixed width: when the terminal narrows,
 * Ink draws once more with the old layout before React catches up, and a box wider
 * than the terminal would be wrapped by the terminal behind Ink's back (leaving
 * pieces of the old frame on screen); Ink's own wrapping keeps its line count right.
 */
export function Frame({title, position, dots, aside, hints, columns, children}: FrameProps) {
	const inner = columns - 2;
	const heading = position ? `${title} · ${position}` : title;
	const right = dots ?? aside ?? '';
	const fits = cellsOf(heading) + cellsOf(right) + 2 <= inner;
	return (
		<Box flexDirection="column" paddingLeft={1} paddingRight={1}>
			<Box justifyContent="space-between">
				<Strong>{truncate(heading, inner)}</Strong>
				{fits && right !== '' ? <Text>{right}</Text> : null}
			</Box>
			{!fits && right !== '' ? <Text>{truncate(right, inner)}</Text> : null}
			<Dim>{'─'.repeat(Math.max(1, inner))}</Dim>
			<Box flexDirection="column">{children}</Box>
			<Box marginTop={1}>
				<Prose dim>{keysLine(hints)}</Prose>
			</Box>
		</Box>
	);
}

/** Hints joined with " · "; spaces inside a hint do not break, so a narrow terminal wraps between hints, never inside one. */
export function keysLine(hints: readonly string[]): string {
	return hints.map((hint) => hint.replaceAll(' ', '\u00A0')).join(' · ');
}

/** ●●●○○○○○ — filled for the steps done and the one on screen. */
export function progressDots(number: number, of: number): string {
	if (of <= 0) return '';
	if (of > 20) return `${Math.round((number / of) * 100)}%`;
	return '●'.repeat(Math.max(0, Math.min(of, number))) + '○'.repeat(Math.max(0, of - number));
}

/** A gentle line under the content: never red, never an error tone. */
export function Notice({text}: {text: string | undefined}) {
	if (!text) return null;
	return (
		<Box marginTop={1}>
			<Prose>{text}</Prose>
		</Box>
	);
}
