import {Box, Text} from 'ink';
import type {SelectStep} from '../../../domain/exercise/types.js';
import {inert} from '../../../domain/text.js';
import {windowAround} from '../../hooks/use-columns.js';
import {Accent, Dim} from '../../theme.js';
import type {SelectState} from './select-state.js';

export function SelectView({step, state, height}: {step: SelectStep; state: SelectState; height: number}) {
	const {start, end} = windowAround(step.options.length, state.cursor, height - 2);
	return (
		<Box flexDirection="column">
			{start > 0 ? <Dim>{`  ↑ ${start} more`}</Dim> : null}
			{step.options.slice(start, end).map((option, offset) => {
				const index = start + offset;
				const here = index === state.cursor;
				const label = `${here ? '❯' : ' '} ${inert(option.label, {singleLine: true})}`;
				return (
					<Text key={option.value}>
						{here ? <Accent>{label}</Accent> : label}
						{option.hint ? <Dim>{`  ${inert(option.hint, {singleLine: true})}`}</Dim> : null}
					</Text>
				);
			})}
			{end < step.options.length ? <Dim>{`  ↓ ${step.options.length - end} more`}</Dim> : null}
		</Box>
	);
}
