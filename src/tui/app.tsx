import {useApp} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {Entry} from '../domain/entry.js';
import type {Exercise} from '../domain/exercise/types.js';
import type {Draft} from '../store/drafts.js';
import type {DraftFlush, TuiDeps} from './deps.js';
import {Runner, type RunnerEnd} from './runner/runner.js';
import {Home} from './screens/home.js';
import type {HomeRequest} from './screens/home-state.js';
import {HelpFlow} from './screens/help-now.js';
import {type HelpOver, ResumeChoice, type ResumeAnswer} from './screens/resume-choice.js';

/** How the TUI ended, for the command to act on after Ink has let go of the terminal. */
export type Ending = 'done' | 'draft' | 'nothing' | 'report' | 'hangup';

export interface TuiOutcome {
	saved: Entry[];
	ending: Ending;
}

export type Start = {kind: 'home'} | {kind: 'exercise'; exercise: Exercise};

type Screen =
	{kind: 'home'} | {kind: 'resume'; exercise: Exercise; draft: Draft} | {kind: 'run'; exercise: Exercise; draft: Draft | undefined};

interface AppProps {
	start: Start;
	deps: TuiDeps;
	flush: DraftFlush;
	onExit(outcome: TuiOutcome): void;
	/** Called once the first screen takes keys (the terminal is in raw mode). */
	onInputReady?(): void;
}

function firstScreen(exercise: Exercise, deps: TuiDeps): Screen {
	const draft = deps.drafts.read(exercise.id);
	return draft ? {kind: 'resume', exercise, draft} : {kind: 'run', exercise, draft: undefined};
}

/** Switches between the home screen, the resume question and the runner; each screen owns its keys. */
export function App({start, deps: given, flush, onExit, onInputReady}: AppProps) {
	// Effects run children first: by now the first screen's useInput has put the terminal in raw mode.
	useEffect(() => onInputReady?.(), [onInputReady]);
	const {exit} = useApp();
	const saved = useRef<Entry[]>([]);
	// Every entry saved counts, wherever it was saved (an exercise started from help now too).
	const deps = useMemo<TuiDeps>(
		() => ({
			...given,
			saveEntry: (entry) => {
				given.saveEntry(entry);
				saved.current = [...saved.current, entry];
			},
		}),
		[given],
	);
	const [screen, setScreen] = useState<Screen>(() => (start.kind === 'home' ? {kind: 'home'} : firstScreen(start.exercise, deps)));
	// The exercise last started from home (its index in deps.exercises()): home comes back to it.
	const homeCursor = useRef<number | undefined>(undefined);
	const fromHome = start.kind === 'home';

	const finish = useCallback(
		(ending: Ending) => {
			onExit({saved: saved.current, ending});
			exit();
		},
		[exit, onExit],
	);

	const onHome = useCallback(
		(request: HomeRequest) => {
			if (request.kind === 'quit') finish('nothing');
			else if (request.kind === 'report') finish('report');
			else {
				homeCursor.current = request.index;
				const choice = deps.exercises()[request.index];
				if (choice) setScreen(firstScreen(choice.exercise, deps));
			}
		},
		[deps, finish],
	);

	const onResume = useCallback(
		(answer: ResumeAnswer) => {
			if (screen.kind !== 'resume') return;
			if (answer === 'quit') finish('draft');
			else if (answer === 'back') {
				if (fromHome) setScreen({kind: 'home'});
				else finish('draft');
			} else if (answer === 'resume') setScreen({kind: 'run', exercise: screen.exercise, draft: screen.draft});
			else {
				deps.drafts.remove(screen.exercise.id);
				setScreen({kind: 'run', exercise: screen.exercise, draft: undefined});
			}
		},
		[deps, finish, fromHome, screen],
	);

	const onRunEnd = useCallback(
		(end: RunnerEnd) => {
			if (end.kind === 'finished') {
				if (fromHome) setScreen({kind: 'home'});
				else finish('done');
			} else if (end.kind === 'left') {
				setScreen({kind: 'home'});
			} else {
				finish(end.keptDraft ? 'draft' : saved.current.length > 0 ? 'done' : 'nothing');
			}
		},
		[finish, fromHome],
	);

	const helpOver: HelpOver = ({onClose, onQuit}) => (
		<HelpFlow content={deps.helpContent()} deps={deps} flush={flush} onClose={onClose} onQuit={onQuit} />
	);
	if (screen.kind === 'home') return <Home deps={deps} flush={flush} initialCursor={homeCursor.current} onRequest={onHome} />;
	if (screen.kind === 'resume')
		return <ResumeChoice title={screen.exercise.title} draft={screen.draft} helpNow={helpOver} onAnswer={onResume} />;
	return (
		<Runner
			key={screen.exercise.id}
			exercise={screen.exercise}
			draft={screen.draft}
			deps={deps}
			canLeave={fromHome}
			flush={flush}
			onEnd={onRunEnd}
		/>
	);
}
