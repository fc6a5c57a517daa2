import {Box, Text} from 'ink';
import type {ListStep} from '../../../domain/exercise/types.js';
import {inert} from '../../../domain/text.js';
import {Dim} from '../../theme.js';
import type {ListState} from './list-state.js';

export function ListView({step, state, height}: {step: ListStep; state: ListState; height: number}) {
	// The latest items stay in view; earlier ones are counted.
	const shown = Math.max(1, height - 3);
	const hidden = Math.max(0, state.items.length - shown);
	const chars = [...state.line.text];
	const before = inert(chars.slice(0, state.line.cursor).join(''), {singleLine: true});
	const after = inert(chars.slice(state.line.cursor).join(''), {singleLine: true});
	const limits = [step.min === undefined ? '' : `at least ${step.min}`, step.max === undefined ? '' : `up to ${step.max}`].filter(Boolean).join(', ');
	return (
		<Box flexDirection="column">
			{hidden > 0 ? <Dim>{`  (${hidden} more above)`}</Dim> : null}
			{state.items.slice(hidden).map((item, index) => (
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
