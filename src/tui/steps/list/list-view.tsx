import {Box, Text} from 'ink';
import type {ListStep} from '../../../domain/exercise/types.js';
import {inert} from '../../../domain/text.js';
import {Dim} from '../../theme.js';
import type {ListState} from './list-state.js';

export function ListView({step, state}: {step: ListStep; state: ListState}) {
	const chars = [...state.line.text];
	const before = inert(chars.slice(0, state.line.cursor).join(''), {singleLine: true});
	const after = inert(chars.slice(state.line.cursor).join(''), {singleLine: true});
	const limits = [step.min === undefined ? '' : `at least ${step.min}`, step.max === undefined ? '' : `up to ${step.max}`].filter(Boolean).join(', ');
	return (
		<Box flexDirection="column">
			{state.items.map((item, index) => (
				<Text key={index} wrap="wrap">{`• ${inert(item, {singleLine: true})}`}</Text>
			))}
			<Text wrap="wrap">
				{`› ${before}▌${after}`}
				{chars.length === 0 && step.placeholder && state.items.length === 0 ? <Dim>{inert(step.placeholder, {singleLine: true})}</Dim> : null}
			</Text>
			{limits ? <Dim>{`${state.items.length} so far (${limits})`}</Dim> : null}
		</Box>
	);
}
