import {Box, Text} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useState} from 'react';
import {sparkline, type Glance} from '../../domain/glance.js';
import {inert, padCells, truncate} from '../../domain/text.js';
import {dayAndTime, dayLabel} from '../../domain/time.js';
import type {ExerciseChoice, TuiDeps} from '../deps.js';
import {Frame} from '../frame.js';
import {useTerminalSize, windowAround} from '../hooks/use-columns.js';
import {useKeys} from '../hooks/use-keys.js';
import {HINTS, type KeyEvent} from '../keymap.js';
import {Accent, Dim} from '../theme.js';
import type {DraftFlush} from '../deps.js';
import {HelpFlow} from './help-now.js';
import {planOrder} from './home-plan.js';
import {reduceHome, type HomeRequest} from './home-state.js';

function moodLine(glance: Glance): string {
	const entries = `${glance.entriesToday} ${glance.entriesToday === 1 ? 'entry' : 'entries'}`;
	if (glance.lastMood && glance.lastMood.day === glance.today) return `mood today: ${glance.lastMood.mood} (${entries})`;
	if (glance.lastMood)
		return `last mood: ${glance.lastMood.mood} on ${dayLabel(new Date(`${glance.lastMood.day}T12:00:00`))} · ${entries} today`;
	return glance.entriesToday > 0 ? `${entries} today` : 'nothing logged yet today';
}

function ExerciseRow({
	choice,
	here,
	width,
	titleWidth,
	unfinished,
	note,
}: {
	choice: ExerciseChoice;
	here: boolean;
	width: number;
	titleWidth: number;
	unfinished: boolean;
	note?: string | undefined;
}) {
	const {exercise} = choice;
	const minutes = exercise.minutes === undefined ? '—' : `${exercise.minutes} min`;
	// "❯ " + title + " " + summary + " " + minutes (6): the summary gets what is left, or gives way.
	const summaryWidth = width - titleWidth - 10;
	const title = padCells(truncate(inert(exercise.title, {singleLine: true}), titleWidth), titleWidth);
	const about = `${unfinished ? '(unfinished) ' : ''}${note ?? exercise.summary}`;
	const summary =
		summaryWidth >= MIN_SUMMARY
			? padCells(truncate(inert(about, {singleLine: true}), summaryWidth), summaryWidth)
			: unfinished
				? 'unfinished'.padEnd(Math.max(0, summaryWidth))
				: ''.padEnd(Math.max(0, summaryWidth));
	const line = `${here ? '❯' : ' '} ${title} ${summary} ${minutes.padStart(6)}`;
	return here ? <Accent>{line}</Accent> : <Text>{line}</Text>;
}

const MIN_SUMMARY = 20;

/** `cope` on a terminal: today at a glance, the exercises, help one key away. */
export function Home({
	deps,
	flush,
	initialCursor,
	onRequest,
}: {
	deps: TuiDeps;
	flush?: DraftFlush;
	initialCursor?: number;
	onRequest: (request: HomeRequest) => void;
}) {
	const {columns, rows} = useTerminalSize();
	const width = columns - 2;
	const listed = useMemo(() => deps.exercises(), [deps]);
	// Today's homework first, marked as from the plan (docs/goals.md); the rest keep their order.
	// After a hard entry today, riding out an urge comes first, quietly: no label, just the order.
	const {glance, plan, lastEntryHard: urgeFirst} = useMemo(() => deps.home(), [deps]);
	const planned = useMemo(() => planOrder(listed, plan, urgeFirst), [listed, plan, urgeFirst]);
	const ownFlush = useMemo<DraftFlush>(() => flush ?? {current: undefined}, [flush]);
	const choices = useMemo(() => planned.map((item) => item.choice), [planned]);
	// First time: the top of the list. Back from an exercise: that exercise, wherever it now is.
	const startAt =
		initialCursor === undefined
			? 0
			: Math.max(
					0,
					planned.findIndex((item) => item.index === initialCursor),
				);
	const unfinished = useMemo(
		() => new Set(choices.filter((c) => deps.drafts.read(c.exercise.id) !== undefined).map((c) => c.exercise.id)),
		[choices, deps],
	);
	const [state, dispatch] = useReducer(reduceHome, {
		cursor: Math.min(startAt, Math.max(0, choices.length - 1)),
		count: choices.length,
		help: false,
		request: undefined,
	});
	const onKey = useCallback((event: KeyEvent) => dispatch(event), []);
	useKeys(onKey);
	const [now, setNow] = useState(() => deps.clock.now());
	useEffect(() => deps.clock.every(20_000, () => setNow(deps.clock.now())), [deps]);
	useEffect(() => {
		const {request} = state;
		// A start names the exercise's place in deps.exercises(), not its place on screen.
		if (request) onRequest(request.kind === 'start' ? {...request, index: planned[request.index]?.index ?? request.index} : request);
	}, [state, onRequest, planned]);

	if (state.help)
		return (
			<HelpFlow
				content={deps.helpContent()}
				deps={deps}
				flush={ownFlush}
				onClose={() => dispatch({kind: 'help-closed'})}
				onQuit={() => dispatch({kind: 'quit-from-help'})}
			/>
		);
	const spark = glance.moodByDay.some((mood) => mood !== undefined)
		? `Last 14 days  ${sparkline(glance.moodByDay)}`
		: 'Last 14 days: no moods logged yet';
	const mood = moodLine(glance);
	const firstUser = planned.findIndex((item) => item.note === undefined && item.choice.origin === 'user');
	const {start, end} = windowAround(choices.length, state.cursor, rows - 12 - (plan.line === undefined ? 0 : 1));
	const titleWidth = Math.max(8, Math.min(22, width - 10 - 2, Math.max(0, ...choices.map((choice) => [...choice.exercise.title].length))));
	return (
		<Frame
			title="cope"
			aside={dayAndTime(new Date(now))}
			hints={['↑↓ move', 'enter start', 'r report', HINTS.help, HINTS.quit]}
			columns={columns}
		>
			{spark.length + mood.length + 3 <= width ? (
				<Text>{`${spark}   ${mood}`}</Text>
			) : (
				<Box flexDirection="column">
					<Text>{spark}</Text>
					<Text>{mood}</Text>
				</Box>
			)}
			{plan.line === undefined ? null : <Text>{truncate(inert(plan.line, {singleLine: true}), width)}</Text>}
			<Box marginTop={1} marginBottom={1}>
				<Text>What would help right now?</Text>
			</Box>
			{start > 0 ? <Dim>{`  ↑ ${start} more`}</Dim> : null}
			{choices.slice(start, end).map((choice, offset) => {
				const index = start + offset;
				return (
					<Box key={`${choice.origin}-${choice.exercise.id}`} flexDirection="column">
						{index === firstUser ? <Dim>{'  ─ your exercises ─'}</Dim> : null}
						<ExerciseRow
							choice={choice}
							here={index === state.cursor}
							width={width}
							titleWidth={titleWidth}
							unfinished={unfinished.has(choice.exercise.id)}
							note={planned[index]?.note}
						/>
					</Box>
				);
			})}
			{end < choices.length ? <Dim>{`  ↓ ${choices.length - end} more`}</Dim> : null}
			{choices.length === 0 ? <Dim>No exercises found. See: cope exercises</Dim> : null}
		</Frame>
	);
}
