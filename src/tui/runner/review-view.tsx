import {Box, Text} from 'ink';
import {withQuotes} from '../../domain/exercise/quote.js';
import {inert, padCells, truncate} from '../../domain/text.js';
import {windowAround} from '../hooks/use-columns.js';
import {Accent, Dim, Strong} from '../theme.js';
import {describeAnswer, stepLabel} from '../../domain/exercise/answer-text.js';
import {reviewSteps, type RunnerState} from './runner-state.js';

/** Every answer in one line each, "Save" first; enter on an answer edits it. */
export function ReviewView({state, width, height}: {state: RunnerState; width: number; height: number}) {
	const rows = reviewSteps(state);
	// Row 0 is Save; answers are rows 1..n, windowed around the cursor on a short terminal.
	const {start, end} = windowAround(rows.length, Math.max(0, state.reviewCursor - 1), height - 2);
	const labelWidth = Math.min(24, Math.max(10, Math.floor(width / 3)));
	const answerWidth = Math.max(8, width - labelWidth - 4);
	return (
		<Box flexDirection="column">
			<Strong>Look it over before saving</Strong>
			<Dim>Choose an answer to change it. Nothing is saved until you choose Save.</Dim>
			<Box marginTop={1} flexDirection="column">
				{state.reviewCursor === 0 ? <Accent>❯ Save</Accent> : <Text>{'  Save'}</Text>}
				{start > 0 ? <Dim>{`  ↑ ${start} more`}</Dim> : null}
				{rows.slice(start, end).map((step, offset) => {
					const index = start + offset;
					const here = state.reviewCursor === index + 1;
					const value = Object.hasOwn(state.answers, step.id) ? state.answers[step.id] : undefined;
					// Its prompt as it was asked (earlier answers quoted).
					const name = stepLabel(withQuotes(step, state.answers, state.exercise));
					const label = padCells(truncate(inert(name, {singleLine: true}), labelWidth), labelWidth);
					const answer = truncate(inert(describeAnswer(step, value, state.answers), {singleLine: true}), answerWidth);
					const line = `${here ? '❯' : ' '} ${label} ${answer}`;
					return here ? <Accent key={step.id}>{line}</Accent> : <Text key={step.id}>{line}</Text>;
				})}
				{end < rows.length ? <Dim>{`  ↓ ${rows.length - end} more`}</Dim> : null}
			</Box>
		</Box>
	);
}
