import {Box, Text} from 'ink';
import type {MultiSelectStep} from '../../../domain/exercise/types.js';
import {inert} from '../../../domain/text.js';
import {Accent, Dim} from '../../theme.js';
import type {MultiSelectState} from './multi-select-state.js';

export function MultiSelectView({step, state}: {step: MultiSelectStep; state: MultiSelectState}) {
	const limits = [step.min === undefined ? '' : `at least ${step.min}`, step.max === undefined ? '' : `up to ${step.max}`].filter(Boolean).join(', ');
	return (
		<Box flexDirection="column">
			{step.options.map((option, index) => {
				const here = index === state.cursor;
				const mark = state.chosen.includes(option.value) ? '[x]' : '[ ]';
				const label = `${here ? '❯' : ' '} ${mark} ${inert(option.label, {singleLine: true})}`;
				return (
					<Text key={option.value}>
						{here ? <Accent>{label}</Accent> : label}
						{option.hint ? <Dim>{` — ${inert(option.hint, {singleLine: true})}`}</Dim> : null}
					</Text>
				);
			})}
			<Dim>{`${state.chosen.length} chosen${limits ? ` (${limits})` : ''}`}</Dim>
		</Box>
	);
}
