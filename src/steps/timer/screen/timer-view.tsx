import {Box, Text} from 'ink';
import type {TimerStep} from '../../../domain/exercise/types.js';
import {durationInWords, formatDuration} from '../../../domain/exercise/run-summary.js';
import {inert} from '../../../domain/text.js';
import {Accent, Prose} from '../../../tui/theme.js';
import {CHECK_IN_CHOICES, currentPhase, totalSeconds, type TimerState} from './timer-state.js';

/** A calm pacer: the phase, dots for the seconds left in it (no flashing), the count. */
export function TimerView({step, state}: {step: TimerStep; state: TimerState}) {
	const total = totalSeconds(step);
	const seconds = Math.floor(state.elapsedMs / 1000);
	const {phase, left, round} = currentPhase(step, state.elapsedMs);
	const rounds = Math.max(1, step.rounds ?? 1);
	return (
		<Box flexDirection="column">
			<Text>{`${formatDuration(seconds)} of ${formatDuration(total)}${rounds > 1 ? ` · round ${round} of ${rounds}` : ''}`}</Text>
			<Box marginY={1} paddingLeft={4}>
				{state.finished ? (
					<Text>Done. Take a moment before you go on.</Text>
				) : (
					<Text>{`${inert(phase?.label ?? '', {singleLine: true})} ${'·'.repeat(Math.min(8, left))} ${left}`}</Text>
				)}
			</Box>
			{state.paused ? <Text>Paused. Space carries on.</Text> : null}
			{state.checkIn !== undefined ? (
				<Box flexDirection="column">
					<Prose>{`${durationInWords(seconds)} gone. ${inert(step.checkIn?.prompt ?? 'How is it now?', {singleLine: true})}`}</Prose>
					<Text>
						{CHECK_IN_CHOICES.map((choice, index) =>
							index === state.checkIn ? <Accent key={choice}>{`❯ ${choice}   `}</Accent> : <Text key={choice}>{`  ${choice}   `}</Text>,
						)}
					</Text>
				</Box>
			) : null}
			{step.checkIn && state.checkIn === undefined && !state.finished ? (
				<Prose dim>{`It will check in with you every ${formatDuration(step.checkIn.every)}.`}</Prose>
			) : null}
		</Box>
	);
}
