import {Box, Text} from 'ink';
import type {MultiSelectStep} from '../../../domain/exercise/types.js';
import {inert} from '../../../domain/text.js';
import {windowAround} from '../../hooks/use-columns.js';
import {Accent, Dim} from '../../theme.js';
import type {MultiSelectState} from './multi-select-state.js';

export function MultiSelectView({step, state, height}: {step: MultiSelectStep; state: MultiSelectState; height: number}) {
	const {start, end} = windowAround(step.options.length, state.cursor, height - 3);
	const limits = [step.min === undefined ? '' : `at least ${step.min}`, step.max === undefined ? '' : `up to ${step.max}`].filter(Boolean).join(', ');
	return (
		<Box flexDirection="column">
			{start > 0 ? <Dim>{`  ↑ ${start} more`}</Dim> : null}
			{step.options.slice(start, end).map((option, offset) => {
				const index = start + offset;
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
			{end < step.options.length ? <Dim>{`  ↓ ${step.options.length - end} more`}</Dim> : null}
			<Dim>{`${state.chosen.length} chosen${limits ? ` (${limits})` : ''}`}</Dim>
		</Box>
	);
}
