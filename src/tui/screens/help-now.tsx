import {Box, Text} from 'ink';
import {inert} from '../../domain/text.js';
import {Frame} from '../frame.js';
import {Dim, Strong, Prose} from '../theme.js';

/**
 * Ctrl+G from anywhere: where help is, right now. The screen underneath keeps its
 * state, so Esc returns to exactly where the person was.
 */
export function HelpNow({lines, columns}: {lines: readonly string[]; columns: number}) {
	return (
		<Frame title="Help now" hints={['esc back to where you were']} columns={columns}>
			<Strong>You don't have to get through this alone.</Strong>
			<Box flexDirection="column" marginTop={1} paddingLeft={2}>
				{lines.map((line, index) => (
					<Prose key={index}>{inert(line)}</Prose>
				))}
			</Box>
			<Box flexDirection="column" marginTop={1}>
				<Text>Your safety plan: cope plan</Text>
				<Text>Help, your plan and a grounding exercise: cope sos</Text>
				<Text>Slow breathing: cope run box-breathing</Text>
			</Box>
			<Box marginTop={1}>
				<Dim>Press Esc to go back to where you were. Your answers are kept.</Dim>
			</Box>
		</Frame>
	);
}
