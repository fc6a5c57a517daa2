import {withQuotes} from '../../domain/exercise/quote.js';
import {Box} from 'ink';
import {useCallback, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import type {Entry} from '../../domain/entry.js';
import {entryFromAnswers} from '../../domain/exercise/answers-entry.js';
import type {Answers, Exercise} from '../../domain/exercise/types.js';
import {wrappedLines} from '../../domain/text.js';
import {toLocalIso} from '../../domain/time.js';
import type {Draft} from '../../store/drafts.js';
import type {DraftFlush, TuiDeps} from '../deps.js';
import {Frame, keysLine, Notice, progressDots} from '../frame.js';
import {useTerminalSize} from '../hooks/use-columns.js';
import {useKeys} from '../hooks/use-keys.js';
import {HINTS, type KeyEvent} from '../keymap.js';
import {HelpFlow} from '../screens/help-now.js';
import {useStepScreens} from '../steps/registry.js';
import {StepView} from '../steps/step-view.js';
import {needsTicks, stepBody, widgetHints} from '../steps/widget.js';
import {answersNow, progress, reduceRunner, startRunner, type Request, type RunnerState} from './runner-state.js';
import {ReviewView} from './review-view.js';
import {SummaryView} from './summary-view.js';

const TICK_MS = 250;

export type RunnerEnd = {kind: 'finished'; entry: Entry} | {kind: 'left'} | {kind: 'quit'; keptDraft: boolean};

interface RunnerProps {
	exercise: Exercise;
	/** A draft to resume. */
	draft?: Draft | undefined;
	deps: TuiDeps;
	/** Esc on the first step leaves (from the home screen). */
	canLeave: boolean;
	flush: DraftFlush;
	onEnd(end: RunnerEnd): void;
}

function hasWords(answers: Answers): boolean {
	return Object.keys(answers).length > 0;
}

/** Runs one exercise: the steps, the review, saving, the summary. One input owner: the runner's reducer. */
export function Runner(props: RunnerProps) {
	// Started from the home screen, whose first frame does not wait for the step screens: a key
	// pressed before they are read draws the exercise a moment later.
	return useStepScreens() ? <ExerciseRunner {...props} /> : null;
}

function ExerciseRunner({exercise, draft, deps, canLeave, flush, onEnd}: RunnerProps) {
	const {columns, rows} = useTerminalSize();
	const width = columns - 2;
	const [state, dispatch] = useReducer(reduceRunner, {exercise, answers: draft?.answers, at: draft?.at, width, canLeave}, startRunner);
	const latest = useRef<RunnerState>(state);
	latest.current = state;
	const draftKept = useRef(draft !== undefined);
	const [afterHelp, setAfterHelp] = useState<string[] | undefined>(undefined);
	// Where an exercise started from help now keeps its draft on SIGHUP, alongside this one's.
	const inner = useRef<DraftFlush>({current: undefined});
	const nestedKept = useRef(false);
	const helpContent = useMemo(() => (state.help || state.offerHelp ? deps.helpContent() : undefined), [state.help, state.offerHelp, deps]);

	const writeDraft = useCallback(
		(current: RunnerState): boolean => {
			if (current.phase === 'saved' || current.phase === 'saving') return false;
			const answers = answersNow(current);
			if (!hasWords(answers) && !draftKept.current) return false;
			const step = exercise.steps[current.index];
			try {
				deps.drafts.write({
					v: 1,
					exercise: exercise.id,
					saved: toLocalIso(new Date(deps.clock.now())),
					at: current.phase === 'review' ? 'review' : (step?.id ?? ''),
					answers,
				});
				draftKept.current = true;
				return true;
			} catch {
				// The draft is a safety net; a failed write must not stop the exercise. The entry save reports its own errors.
				return false;
			}
		},
		[deps, exercise],
	);

	useEffect(() => {
		flush.current = () => {
			inner.current.current?.();
			writeDraft(latest.current);
		};
		return () => {
			flush.current = undefined;
		};
	}, [flush, writeDraft]);

	const onKey = useCallback((event: KeyEvent) => dispatch({type: 'key', event}), []);
	useKeys(onKey);

	useEffect(() => {
		if (state.width !== width) dispatch({type: 'resize', width});
	}, [width, state.width]);

	// Written at once after every step, and a moment after typing stops.
	useEffect(() => {
		writeDraft(latest.current);
	}, [state.answers, state.index, state.phase, writeDraft]);
	useEffect(() => deps.clock.after(deps.autosaveMs, () => writeDraft(latest.current)), [state.widget, deps, writeDraft]);

	const current = exercise.steps[state.index];
	const ticking = state.phase === 'step' && !state.help && current !== undefined && needsTicks(state.widget, current);
	useEffect(() => {
		if (!ticking) return undefined;
		dispatch({type: 'tick', now: deps.clock.now()});
		return deps.clock.every(TICK_MS, () => dispatch({type: 'tick', now: deps.clock.now()}));
	}, [ticking, deps]);

	// Each request is carried out once, however often the screen re-renders before it is answered.
	const carriedOut = useRef<Request | undefined>(undefined);
	useEffect(() => {
		const {request} = state;
		if (!request || carriedOut.current === request) return;
		carriedOut.current = request;
		switch (request.kind) {
			case 'editor':
				deps.editText(request.text).then(
					(text) => dispatch({type: 'editor-done', text}),
					(error: unknown) =>
						dispatch({type: 'editor-done', text: undefined, problem: `${(error as Error).message} Your text is as it was.`}),
				);
				return;
			case 'save': {
				try {
					const entry = entryFromAnswers(exercise, state.answers, new Date(deps.clock.now()), deps.newId(new Date(deps.clock.now())));
					deps.saveEntry(entry);
					try {
						deps.drafts.remove(exercise.id);
					} catch {
						// The entry is saved; a leftover draft is only offered again.
					}
					draftKept.current = false;
					const help = deps.helpAfterSave(entry);
					setAfterHelp(help);
					dispatch({type: 'saved', entry, offerHelp: help !== undefined});
				} catch (error) {
					writeDraft({...state, phase: 'review'});
					dispatch({
						type: 'save-failed',
						message: `Could not save: ${(error as Error).message} Your answers are kept; press enter on Save to try again.`,
					});
				}
				return;
			}
			case 'leave':
				writeDraft(state);
				dispatch({type: 'handled'});
				onEnd({kind: 'left'});
				return;
			case 'quit':
				dispatch({type: 'handled'});
				onEnd({kind: 'quit', keptDraft: writeDraft(state) || nestedKept.current});
				return;
			case 'finish':
				dispatch({type: 'handled'});
				if (state.saved) onEnd({kind: 'finished', entry: state.saved});
				return;
		}
	}, [state, deps, exercise, onEnd, writeDraft]);

	if (state.help && helpContent) {
		return (
			<HelpFlow
				content={helpContent}
				deps={deps}
				flush={inner.current}
				underneath={state.phase === 'step' || state.phase === 'review' ? exercise.id : undefined}
				start={state.helpStart}
				onClose={() => dispatch({type: 'help-closed'})}
				onQuit={(kept) => {
					nestedKept.current = kept;
					dispatch({type: 'quit-from-help'});
				}}
			/>
		);
	}

	if (state.phase === 'saved' && state.saved) {
		const offer = state.offerHelp && helpContent ? helpContent : undefined;
		return (
			<Frame title={exercise.title} hints={['enter close', HINTS.help]} columns={columns}>
				<SummaryView exercise={exercise} entry={state.saved} help={afterHelp} offer={offer} width={width} />
			</Frame>
		);
	}
	const {number, of} = progress(state);
	if (state.phase === 'review' || state.phase === 'saving') {
		return (
			<Frame
				title={exercise.title}
				position="review"
				dots={progressDots(of, of)}
				hints={[HINTS.move, 'enter change / save', HINTS.back, HINTS.help, HINTS.leave]}
				columns={columns}
			>
				<ReviewView state={state} width={width} height={Math.max(3, rows - 12)} />
				<Notice text={state.phase === 'saving' ? 'Saving…' : state.notice} />
			</Frame>
		);
	}
	if (!current) return null;
	// "{activities}" in a prompt shows what the person answered there (domain/exercise/quote.ts).
	const step = withQuotes(current, state.answers, exercise);
	// Rows left for the widget once the frame (title, rule, a blank line before the widget and
	// one before the keys, and the keys, which may wrap), the prompt, its help and a notice are
	// drawn; one spare, because a frame as tall as the terminal makes Ink clear the screen on every key.
	const linesOf = (text: string | undefined): number => (text ? wrappedLines(text, width) : 0);
	const hints = [...widgetHints(step, state.widget), HINTS.leave];
	const chrome =
		4 +
		linesOf(keysLine(hints)) +
		linesOf(step.prompt) +
		linesOf(step.help) +
		linesOf(stepBody(step)) +
		(state.notice ? 1 + linesOf(state.notice) : 0);
	const height = Math.max(4, rows - chrome - 1);
	return (
		<Frame title={exercise.title} position={`step ${number} of ${of}`} dots={progressDots(number, of)} hints={hints} columns={columns}>
			<Box flexDirection="column">
				<StepView step={step} state={state.widget} width={width} height={height} today={new Date(deps.clock.now())} />
				<Notice text={state.notice} />
			</Box>
		</Frame>
	);
}
