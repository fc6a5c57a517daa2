import {Box, Text} from 'ink';
import type {ListStep} from '../../../domain/exercise/types.js';
import {inert, wrappedLines} from '../../../domain/text.js';
import {Dim, Prose} from '../../../tui/theme.js';
import type {ListState} from './list-state.js';

export function ListView({step, state, width, height}: {step: ListStep; state: ListState; width: number; height: number}) {
	const chars = [...state.line.text];
	const before = inert(chars.slice(0, state.line.cursor).join(''), {singleLine: true});
	const after = inert(chars.slice(state.line.cursor).join(''), {singleLine: true});
	const limits = [step.min === undefined ? '' : `at least ${step.min}`, step.max === undefined ? '' : `up to ${step.max}`]
		.filter(Boolean)
		.join(', ');
	const items = state.items.map((item) => `• ${inert(item, {singleLine: true})}`);
	// The latest items stay in view, as many as fit beside the line being typed (items that
	// wrap take more than one line); earlier ones are counted.
	let room = height - wrappedLines(`› ${before}▌${after}`, width) - (limits ? 1 : 0) - 1;
	let hidden = items.length;
	for (let lines = 0; hidden > 0 && (lines = wrappedLines(items[hidden - 1] as string, width)) <= room; hidden--) room -= lines;
	return (
		<Box flexDirection="column">
			{hidden > 0 ? <Dim>{`  (${hidden} more above)`}</Dim> : null}
			{items.slice(hidden).map((item, index) => (
				<Prose key={hidden + index}>{item}</Prose>
			))}
			<Text wrap="wrap">
				{`› ${before}▌${after}`}
				{chars.length === 0 && step.placeholder && state.items.length === 0 ? (
					<Dim>{inert(step.placeholder, {singleLine: true})}</Dim>
				) : null}
			</Text>
			{limits ? <Dim>{`${state.items.length} so far (${limits})`}</Dim> : null}
		</Box>
	);
}
