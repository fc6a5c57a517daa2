import {Box, Text} from 'ink';
import type {TextStep} from '../../../domain/exercise/types.js';
import {inert} from '../../../domain/text.js';
import {Dim, Prose} from '../../../tui/theme.js';
import {cursorPlace, layoutRows} from '../../../tui/steps/text-buffer.js';
import {textColumns, type TextState} from './text-state.js';
import {promptOfTheDay} from '../writing-prompt.js';

const CURSOR = '▌';

/** At most this many rows of text are shown (those around the cursor). */
const MOST_ROWS = 12;

export function TextView({
	step,
	state,
	width,
	height,
	today,
}: {
	step: TextStep;
	state: TextState;
	width: number;
	height: number;
	today: Date;
}) {
	const MAX_ROWS = Math.max(2, Math.min(MOST_ROWS, height - 4));
	const columns = textColumns(width);
	const {text, cursor} = state.buffer;
	const rows = layoutRows(text, columns);
	const place = cursorPlace(rows, cursor);
	const first = Math.max(0, Math.min(place.row - MAX_ROWS + 1, rows.length - MAX_ROWS));
	const chars = [...text];
	const visible = rows.slice(first, first + MAX_ROWS).map((row, offset) => {
		const line = chars.slice(row.start, row.end).join('').replace(/\n$/, '');
		if (first + offset !== place.row) return inert(line, {singleLine: true});
		const lineChars = [...line];
		return (
			inert(lineChars.slice(0, place.column).join(''), {singleLine: true}) +
			CURSOR +
			inert(lineChars.slice(place.column).join(''), {singleLine: true})
		);
	});
	const suggestion = promptOfTheDay(step.prompts, today);
	return (
		<Box flexDirection="column">
			{suggestion ? <Prose dim>{`A prompt, if you want one: ${inert(suggestion, {singleLine: true})}`}</Prose> : null}
			<Box borderStyle="round" paddingX={1} flexDirection="column">
				{first > 0 ? <Dim>{`↑ ${first} more ${first === 1 ? 'line' : 'lines'}`}</Dim> : null}
				{text === '' ? (
					<Text>
						{CURSOR}
						<Dim>{inert(step.placeholder ?? '', {singleLine: true})}</Dim>
					</Text>
				) : (
					visible.map((line, index) => <Text key={index}>{line === '' ? ' ' : line}</Text>)
				)}
				{first + MAX_ROWS < rows.length ? <Dim>{`↓ ${rows.length - first - MAX_ROWS} more`}</Dim> : null}
			</Box>
			{step.maxLength !== undefined && chars.length > step.maxLength * 0.8 ? (
				<Dim>{`${chars.length} of ${step.maxLength} characters`}</Dim>
			) : null}
		</Box>
	);
}
