import {Text, Transform} from 'ink';
import {createContext, useContext, type ReactNode} from 'react';

/**
 * Styling that honours NO_COLOR and --no-color: with colour off nothing is styled
 * at all, and no meaning is ever carried by style alone (markers like ❯, [x], ● do that).
 */
export const ThemeContext = createContext<{color: boolean}>({color: true});

export function useTheme(): {color: boolean} {
	return useContext(ThemeContext);
}

/** Escape codes (styling) at the start of a line, then spaces. */
const LEADING_SPACES = /^((?:\u001B\[[0-9;]*m)*) +/;

/**
 * Ink wraps long text at spaces but keeps the space it broke at, so a wrapped line
 * can begin with one. Every line after the first loses its leading spaces (the
 * first keeps any indent the text was given).
 */
export function trimWrapped(line: string, index: number): string {
	return index === 0 ? line : line.replace(LEADING_SPACES, '$1');
}

/**
 * Text that may wrap, on a line of its own (not inside another Text: there a
 * transform would see pieces, not lines): wrapped lines start at the margin,
 * never with a space. `dim` and `bold` style it as Dim and Strong do.
 */
export function Prose({children, dim = false, bold = false}: {children: ReactNode; dim?: boolean; bold?: boolean}) {
	const {color} = useTheme();
	return (
		<Transform transform={trimWrapped}>
			<Text dimColor={color && dim} bold={color && bold}>
				{children}
			</Text>
		</Transform>
	);
}

/** Secondary text: hints, help lines, the keys line. */
export function Dim({children}: {children: ReactNode}) {
	const {color} = useTheme();
	return <Text dimColor={color}>{children}</Text>;
}

/** A prompt or a title. */
export function Strong({children}: {children: ReactNode}) {
	const {color} = useTheme();
	return <Text bold={color}>{children}</Text>;
}

/** The row under the cursor. Calm cyan, never red. */
export function Accent({children}: {children: ReactNode}) {
	const {color} = useTheme();
	return <Text color={color ? 'cyan' : undefined}>{children}</Text>;
}
