import {Box, Text} from 'ink';
import type {SelectStep} from '../../../domain/exercise/types.js';
import {inert} from '../../../domain/text.js';
import {Accent, Dim} from '../../theme.js';
import type {SelectState} from './select-state.js';

export function SelectView({step, state}: {step: SelectStep; state: SelectState}) {
	return (
		<Box flexDirection="column">
			{step.options.map((option, index) => {
				const here = index === state.cursor;
				const label = `${here ? '❯' : ' '} ${inert(option.label, {singleLine: true})}`;
				return (
					<Text key={option.value}>
						{here ? <Accent>{label}</Accent> : label}
						{option.hint ? <Dim>{`  ${inert(option.hint, {singleLine: true})}`}</Dim> : null}
					</Text>
				);
			})}
		</Box>
	);
}
