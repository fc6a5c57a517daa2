import {Text} from 'ink';
import {useCallback, useMemo, useState, type ReactElement} from 'react';
import type {Exercise} from '../../domain/exercise/types.js';
import {dayAndTime, wallClock} from '../../domain/time.js';
import {actionKeys, type HelpAction, type HelpContent, planLines, wrapReach, wrapWords} from '../../safety/help-content.js';
import type {Draft} from '../../store/drafts.js';
import type {DraftFlush, TuiDeps} from '../deps.js';
import {Frame, keysLine} from '../frame.js';
import {useTerminalSize} from '../hooks/use-columns.js';
import {useKeys} from '../hooks/use-keys.js';
import type {KeyEvent} from '../keymap.js';
import {wrappedLines} from '../../domain/text.js';
import {Runner, type RunnerEnd} from '../runner/runner.js';
import {Dim, Strong} from '../theme.js';
import {ResumeChoice, type ResumeAnswer} from './resume-choice.js';

/** The lines of the help page: where to turn first (so they are on screen at any size), then the plan in short. */
export function helpPageLines(content: HelpContent, width: number): string[] {
	const lines = content.reach.flatMap((line) => wrapReach(line, width));
	if (content.why === 'no-country')
		lines.push(...wrapWords('cope does not know your country yet, so these list lines everywhere.', width, '  '));
	else if (content.why === 'no-line')
		lines.push(...wrapWords(`cope has no line for ${content.country ?? 'your country'} yet; these list the lines there.`, width, '  '));
	lines.push('');
	if (content.plan.some((section) => section.items.length > 0)) {
		lines.push('Your plan');
		for (const line of planLines(content)) lines.push(...wrapWords(`  ${line}`, width, '    '));
	} else {
		lines.push(...wrapWords('You have no safety plan yet. p shows what goes in one.', width, '  '));
	}
	lines.push('', ...wrapWords("You don't have to get through this alone.", width, ''));
	return lines;
}

/** The whole plan, every part, for `p`. */
export function planPageLines(content: HelpContent, width: number): string[] {
	if (content.planAt === undefined) {
		return [
			...wrapWords(
				"You don't have a safety plan yet. It is a short list, in your own words, of what helps when things get hard: signs to notice, things to try on your own, people to reach, and what you are living for.",
				width,
			),
			'',
			...wrapWords('e fills it in now; esc goes back.', width),
		];
	}
	const saved = wallClock(content.planAt);
	const lines = [`Saved ${dayAndTime(saved, true)}`];
	for (const section of content.plan) {
		lines.push('', section.title);
		if (section.items.length === 0) lines.push('  (nothing here yet)');
		for (const item of section.items) lines.push(...wrapWords(`  • ${item}`, width, '    '));
	}
	return lines;
}

type View =
	| {kind: 'page'; scroll: number}
	| {kind: 'plan'; scroll: number}
	| {kind: 'resume'; exercise: Exercise; draft: Draft}
	| {kind: 'run'; exercise: Exercise; draft: Draft | undefined};

export interface HelpFlowProps {
	content: HelpContent;
	deps: TuiDeps;
	/** Where the nested exercise's draft is written on SIGHUP. */
	flush: DraftFlush;
	/** The exercise underneath, if any: its own key just goes back to it. */
	underneath?: string | undefined;
	/** Open straight into this action (a key on the summary after a hard entry); closing it returns there. */
	start?: HelpAction['id'] | undefined;
	onClose(): void;
	/** Ctrl+C: leave cope. `keptDraft` when the nested exercise kept one. */
	onQuit(keptDraft: boolean): void;
}

/**
 * Help now (ctrl+g), one content wherever it opens: the person's contact and crisis
 * lines first, their plan in short, and what they can start by one key. An exercise
 * started here runs in place; Esc (or finishing it) comes back here, and Esc here
 * returns to exactly where the person was: the screen underneath stays mounted,
 * with its step and typed text, while this is drawn over it.
 */
export function HelpFlow({content, deps, flush, underneath, start, onClose, onQuit}: HelpFlowProps) {
	const {columns, rows} = useTerminalSize();
	const width = columns - 2;
	const exercises = useMemo(() => new Map(deps.exercises().map((choice) => [choice.exercise.id, choice.exercise])), [deps]);
	const available = useMemo(
		() => content.actions.filter((action) => action.exercise === undefined || exercises.has(action.exercise)),
		[content, exercises],
	);

	const open = useCallback(
		(action: HelpAction): View | undefined => {
			if (action.exercise === undefined) return {kind: 'plan', scroll: 0};
			const exercise = exercises.get(action.exercise);
			if (!exercise) return undefined;
			const draft = deps.drafts.read(exercise.id);
			return draft ? {kind: 'resume', exercise, draft} : {kind: 'run', exercise, draft: undefined};
		},
		[deps, exercises],
	);
	const startAction = start === undefined ? undefined : available.find((action) => action.id === start);
	const [view, setView] = useState<View>(() =>
		startAction ? (open(startAction) ?? {kind: 'page', scroll: 0}) : {kind: 'page', scroll: 0},
	);
	// Opened on an action from the summary: when it ends, go back there, not to the page.
	const back = useCallback(() => (start === undefined ? setView({kind: 'page', scroll: 0}) : onClose()), [start, onClose]);

	const lines = useMemo(
		() => (view.kind === 'plan' ? planPageLines(content, width) : helpPageLines(content, width)),
		[view.kind, content, width],
	);
	const allHints =
		view.kind === 'plan'
			? [...(content.planAt === undefined ? ['e fill it in'] : []), '↑↓ scroll', 'esc back']
			: [...actionKeys(available), '↑↓ more', 'esc back'];
	// Title, rule, the blank line before the keys, the keys (wrapped), one spare: the rest scrolls.
	const height = Math.max(3, rows - 4 - wrappedLines(keysLine(allHints), width));
	const hints = lines.length > height ? allHints : allHints.filter((hint) => !hint.startsWith('↑↓'));
	const scroll = view.kind === 'page' || view.kind === 'plan' ? Math.max(0, Math.min(view.scroll, lines.length - height)) : 0;

	const onKey = useCallback(
		(event: KeyEvent) => {
			if (view.kind !== 'page' && view.kind !== 'plan') return;
			if (event.kind === 'key') {
				if (event.name === 'quit') onQuit(false);
				else if (event.name === 'escape') {
					if (view.kind === 'plan' && start === undefined) setView({kind: 'page', scroll: 0});
					else onClose();
				} else if (event.name === 'down' || event.name === 'tab' || event.name === 'space' || event.name === 'up') {
					// Several keys may arrive before the next render: each moves on from the last.
					const step = event.name === 'up' ? -1 : 1;
					const last = Math.max(0, lines.length - height);
					setView((now) =>
						now.kind === 'page' || now.kind === 'plan'
							? {...now, scroll: Math.max(0, Math.min(Math.min(now.scroll, last) + step, last))}
							: now,
					);
				}
				return;
			}
			const key = event.text.toLowerCase();
			if (view.kind === 'plan') {
				if (key === 'e' && content.planAt === undefined) {
					// Opened from the plan being filled in: that is where "fill it in" goes (its draft stays its own).
					if (underneath === 'safety-plan') return onClose();
					const plan = exercises.get('safety-plan');
					if (plan) setView(open({id: 'plan', key: 'e', label: '', exercise: plan.id, command: ''}) ?? view);
				}
				return;
			}
			const action = available.find((candidate) => candidate.key === key);
			if (!action) return;
			if (action.exercise !== undefined && action.exercise === underneath) {
				onClose();
				return;
			}
			const next = open(action);
			if (next) setView(next);
		},
		[view, scroll, lines.length, height, available, underneath, open, onClose, onQuit, start, content.planAt, exercises],
	);
	useKeys(onKey, view.kind === 'page' || view.kind === 'plan');

	const onResume = useCallback(
		(answer: ResumeAnswer) => {
			if (view.kind !== 'resume') return;
			if (answer === 'quit') onQuit(true);
			else if (answer === 'back') back();
			else if (answer === 'resume') setView({kind: 'run', exercise: view.exercise, draft: view.draft});
			else {
				deps.drafts.remove(view.exercise.id);
				setView({kind: 'run', exercise: view.exercise, draft: undefined});
			}
		},
		[view, deps, back, onQuit],
	);
	const onRunEnd = useCallback(
		(end: RunnerEnd) => {
			if (end.kind === 'quit') onQuit(end.keptDraft);
			else back();
		},
		[back, onQuit],
	);
	const nested = useCallback(
		({onClose: close, onQuit: quit}: {onClose(): void; onQuit(kept: boolean): void}): ReactElement => (
			<HelpFlow content={content} deps={deps} flush={flush} onClose={close} onQuit={quit} />
		),
		[content, deps, flush],
	);

	if (view.kind === 'resume') return <ResumeChoice title={view.exercise.title} draft={view.draft} helpNow={nested} onAnswer={onResume} />;
	if (view.kind === 'run')
		return (
			<Runner key={view.exercise.id} exercise={view.exercise} draft={view.draft} deps={deps} canLeave flush={flush} onEnd={onRunEnd} />
		);
	const shown = lines.slice(scroll, scroll + height);
	const more = lines.length - scroll - height;
	if (more > 0) shown[shown.length - 1] = `↓ ${more + 1} more`;
	// Scrolled: what is above (the contact and the first lines) is one key away, and says so.
	if (scroll > 0) shown[0] = `↑ ${scroll + 1} more`;
	return (
		<Frame title={view.kind === 'plan' ? 'Your safety plan' : 'Help now'} hints={hints} columns={columns}>
			{shown.map((line, index) =>
				view.kind === 'page' && line === 'Your plan' ? (
					<Strong key={index}>{line}</Strong>
				) : more > 0 && index === shown.length - 1 ? (
					<Dim key={index}>{line}</Dim>
				) : (
					<Text key={index}>{line === '' ? ' ' : line}</Text>
				),
			)}
		</Frame>
	);
}
