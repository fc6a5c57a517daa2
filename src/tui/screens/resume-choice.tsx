import {Box, Text} from 'ink';
import {useCallback, useEffect, useReducer, type ReactElement} from 'react';
import type {Draft} from '../../store/drafts.js';
import {inert} from '../../domain/text.js';
import {clockTime, dayLabel, wallClock} from '../../domain/time.js';
import {Frame} from '../frame.js';
import {useColumns} from '../hooks/use-columns.js';
import {useKeys} from '../hooks/use-keys.js';
import {HINTS, type KeyEvent} from '../keymap.js';
import {Accent, Dim, Prose} from '../theme.js';

export type ResumeAnswer = 'resume' | 'fresh' | 'quit' | 'back';

const CHOICES = ['Resume where you left off', 'Start fresh'] as const;

interface ResumeState {
	cursor: number;
	help: boolean;
	chosen: ResumeAnswer | undefined;
}

export function reduceResume(state: ResumeState, event: KeyEvent | {kind: 'help-closed'}): ResumeState {
	if (state.chosen) return state;
	if (event.kind === 'help-closed') return {...state, help: false};
	// Help owns every key while it is open (Ctrl+C too).
	if (state.help) return state;
	if (event.kind === 'key' && event.name === 'quit') return {...state, chosen: 'quit'};
	if (event.kind !== 'key') return state;
	switch (event.name) {
		case 'help':
			return {...state, help: true};
		case 'up':
			return {...state, cursor: 0};
		case 'down':
		case 'tab':
			return {...state, cursor: 1};
		case 'enter':
			return {...state, chosen: state.cursor === 0 ? 'resume' : 'fresh'};
		case 'escape':
			return {...state, chosen: 'back'};
		default:
			return state;
	}
}

/** Draws help now over this screen; closing it comes back here as it was. */
export type HelpOver = (props: {onClose(): void; onQuit(keptDraft: boolean): void}) => ReactElement;

/** "You have an unfinished “Thought record”": resume it, or start fresh (which deletes it). */
export function ResumeChoice({
	title,
	draft,
	helpNow,
	onAnswer,
}: {
	title: string;
	draft: Draft;
	helpNow: HelpOver;
	onAnswer: (answer: ResumeAnswer) => void;
}) {
	const columns = useColumns();
	const [state, dispatch] = useReducer(reduceResume, {cursor: 0, help: false, chosen: undefined});
	const onKey = useCallback((event: KeyEvent) => dispatch(event), []);
	useKeys(onKey);
	useEffect(() => {
		if (state.chosen) onAnswer(state.chosen);
	}, [state.chosen, onAnswer]);
	if (state.help) return helpNow({onClose: () => dispatch({kind: 'help-closed'}), onQuit: () => onAnswer('quit')});
	const saved = draft.saved ? wallClock(draft.saved) : undefined;
	const when = saved ? `${dayLabel(saved, {weekday: true})} at ${clockTime(saved)}` : 'earlier';
	return (
		<Frame title={title} hints={[HINTS.move, HINTS.choose, HINTS.help, HINTS.quit]} columns={columns}>
			<Prose>{`You have an unfinished “${inert(title, {singleLine: true})}” from ${when}.`}</Prose>
			<Dim>Nothing in it is lost.</Dim>
			<Box flexDirection="column" marginTop={1}>
				{CHOICES.map((choice, index) =>
					index === state.cursor ? <Accent key={choice}>{`❯ ${choice}`}</Accent> : <Text key={choice}>{`  ${choice}`}</Text>,
				)}
			</Box>
		</Frame>
	);
}
