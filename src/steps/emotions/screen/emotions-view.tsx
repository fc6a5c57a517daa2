import {Box, Text} from 'ink';
import type {EmotionsStep} from '../../../domain/exercise/types.js';
import {inert, padCells, truncate} from '../../../domain/text.js';
import {Accent, Dim} from '../../../tui/theme.js';
import {matchingSuggestions, type EmotionsState} from './emotions-state.js';

const MOST_SUGGESTIONS = 6;

function bar(level: number, width: number): string {
	const filled = Math.round((level / 100) * width);
	return '█'.repeat(filled) + ' '.repeat(Math.max(0, width - filled));
}

export function EmotionsView({step, state, width, height}: {step: EmotionsStep; state: EmotionsState; width: number; height: number}) {
	const SHOWN_SUGGESTIONS = Math.max(2, Math.min(MOST_SUGGESTIONS, height - state.rows.length - 3));
	const nameWidth = Math.min(16, Math.max(8, ...state.rows.map((row) => [...row.name].length)));
	const earlierWidth = state.earlier ? 9 : 0;
	const barWidth = Math.max(5, Math.min(20, width - nameWidth - earlierWidth - 10));
	const matches = state.adding ? matchingSuggestions(state, step) : [];
	const pick = state.adding?.pick ?? -1;
	const start = Math.max(0, Math.min(pick - SHOWN_SUGGESTIONS + 1, matches.length - SHOWN_SUGGESTIONS));
	return (
		<Box flexDirection="column">
			{state.rows.map((row, index) => {
				const here = index === state.cursor && !state.adding;
				const was = state.earlier && Object.hasOwn(state.earlier, row.name) ? `  was ${state.earlier[row.name]}` : '';
				const line = `${here ? '❯' : ' '} ${padCells(truncate(inert(row.name, {singleLine: true}), nameWidth), nameWidth)} ${bar(row.level, barWidth)} ${String(row.level).padStart(3)}`;
				return (
					<Text key={row.name}>
						{here ? <Accent>{line}</Accent> : line}
						{was ? <Dim>{was}</Dim> : null}
					</Text>
				);
			})}
			{!state.earlier && !state.adding ? (
				state.cursor === state.rows.length ? (
					<Accent>{'❯ + add another'}</Accent>
				) : (
					<Text>{'  + add another'}</Text>
				)
			) : null}
			{state.adding ? (
				<Box flexDirection="column" marginTop={state.rows.length > 0 ? 1 : 0}>
					<Text>{`${pick === -1 ? '❯' : ' '} A feeling: ${inert(state.adding.name.text, {singleLine: true})}▌`}</Text>
					{matches.slice(start, start + SHOWN_SUGGESTIONS).map((name, offset) => {
						const index = start + offset;
						const line = `${index === pick ? '❯' : ' '}   ${inert(name, {singleLine: true})}`;
						return index === pick ? <Accent key={name}>{line}</Accent> : <Dim key={name}>{line}</Dim>;
					})}
					{matches.length > start + SHOWN_SUGGESTIONS ? <Dim>{`    … ${matches.length - start - SHOWN_SUGGESTIONS} more (↓)`}</Dim> : null}
				</Box>
			) : null}
		</Box>
	);
}
