import {Text} from 'ink';
import {createContext, useContext, type ReactNode} from 'react';

/**
 * Styling that honours NO_COLOR and --no-color: with colour off nothing is styled
 * at all, and no meaning is ever carried by style alone (markers like ❯, [x], ● do that).
 */
export const ThemeContext = createContext<{color: boolean}>({color: true});

export function useTheme(): {color: boolean} {
	return useContext(ThemeContext);
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
