import type {Entry} from '../../domain/entry.js';
import {
	answerProblem,
	firstUnfinished,
	fittingAnswers,
	isEmptyValue,
	nextShownIndex,
	previousShownIndex,
	shownStepIndexes,
} from '../../domain/exercise/progress.js';
import type {Answers, Exercise, Step, StepValue} from '../../domain/exercise/types.js';
import {HELP_ACTIONS, type HelpAction} from '../../safety/help-content.js';
import {kindOf} from '../../steps/registry.js';
import type {KeyEvent} from '../keymap.js';
import {editorText, fromEditor, initWidget, widgetKey, widgetPaused, widgetTick, widgetValue, type WidgetState} from '../steps/widget.js';

type HelpActionId = HelpAction['id'];

/**
 * The runner as one pure reducer: every key, tick and result of a side effect is an
 * action; the screen only renders this state and carries out `request`.
 */
export type Phase = 'step' | 'review' | 'saving' | 'saved';

export type Request = {kind: 'editor'; text: string} | {kind: 'save'} | {kind: 'leave'} | {kind: 'quit'} | {kind: 'finish'};

export interface RunnerState {
	exercise: Exercise;
	answers: Answers;
	phase: Phase;
	/** Index into exercise.steps of the step on screen. */
	index: number;
	widget: WidgetState;
	notice: string | undefined;
	/** Editing one answer from the review: enter goes back to the review. */
	fromReview: boolean;
	/** 0 = "Save", then one row per answered step. */
	reviewCursor: number;
	help: boolean;
	/** Help opened on one of its actions (a key on the summary after a hard entry). */
	helpStart: HelpActionId | undefined;
	/** The summary offers help's actions by key (after a hard entry). */
	offerHelp: boolean;
	request: Request | undefined;
	saved: Entry | undefined;
	width: number;
	/** Esc on the first step may leave (the home screen); otherwise it says how to leave. */
	canLeave: boolean;
}

export type RunnerAction =
	| {type: 'key'; event: KeyEvent}
	| {type: 'tick'; now: number}
	| {type: 'resize'; width: number}
	| {type: 'editor-done'; text: string | undefined; problem?: string}
	| {type: 'saved'; entry: Entry; offerHelp?: boolean}
	| {type: 'help-closed'}
	| {type: 'quit-from-help'}
	| {type: 'save-failed'; message: string}
	| {type: 'handled'};

export interface RunnerStart {
	exercise: Exercise;
	answers?: Answers;
	/** A step id (or "review") to start at, from a draft. */
	at?: string;
	width: number;
	canLeave: boolean;
}

function valueOf(answers: Answers, id: string): StepValue | undefined {
	return Object.hasOwn(answers, id) ? answers[id] : undefined;
}

function stepAt(state: Pick<RunnerState, 'exercise'>, index: number): Step | undefined {
	return state.exercise.steps[index];
}

function goTo(state: RunnerState, index: number, answers: Answers, fromReview = false): RunnerState {
	const step = stepAt(state, index);
	if (!step) return {...state, answers};
	return {
		...state,
		answers,
		phase: 'step',
		index,
		widget: initWidget(step, valueOf(answers, step.id), answers),
		notice: undefined,
		fromReview,
	};
}

function toReview(state: RunnerState, answers: Answers): RunnerState {
	return {...state, answers, phase: 'review', reviewCursor: 0, notice: undefined, fromReview: false};
}

export function startRunner(start: RunnerStart): RunnerState {
	const answers = fittingAnswers(start.exercise, start.answers ?? {});
	const shown = shownStepIndexes(start.exercise, answers);
	const base: RunnerState = {
		exercise: start.exercise,
		answers,
		phase: 'step',
		index: shown[0] ?? 0,
		widget: {type: 'info'},
		notice: undefined,
		fromReview: false,
		reviewCursor: 0,
		help: false,
		helpStart: undefined,
		offerHelp: false,
		request: undefined,
		saved: undefined,
		width: start.width,
		canLeave: start.canLeave,
	};
	if (start.at === 'review' && shown.length > 0) return toReview(base, answers);
	const resumeAt = start.exercise.steps.findIndex((step) => step.id === start.at);
	const index = resumeAt >= 0 && shown.includes(resumeAt) ? resumeAt : base.index;
	return goTo(base, index, answers);
}

/** The answers with the widget's current value folded in: what a draft keeps. */
export function answersNow(state: RunnerState): Answers {
	if (state.phase !== 'step') return state.answers;
	const step = stepAt(state, state.index);
	if (!step) return state.answers;
	return withAnswer(state.answers, step, widgetValue(state.widget, step));
}

function withAnswer(answers: Answers, step: Step, value: StepValue | undefined): Answers {
	const next = {...answers};
	if (!kindOf(step).answers || value === undefined || isEmptyValue(value)) delete next[step.id];
	else next[step.id] = value;
	return next;
}

/** The rows of the review: shown steps that take an answer. */
export function reviewSteps(state: Pick<RunnerState, 'exercise' | 'answers'>): Step[] {
	return shownStepIndexes(state.exercise, state.answers)
		.map((index) => state.exercise.steps[index])
		.filter((step): step is Step => step !== undefined && kindOf(step).answers);
}

function submitStep(state: RunnerState, widget: WidgetState): RunnerState {
	const step = stepAt(state, state.index);
	if (!step) return state;
	const value = widgetValue(widget, step);
	const problem = answerProblem(step, value);
	if (problem !== undefined) return {...state, widget, notice: problem};
	const answers = withAnswer(state.answers, step, value);
	if (state.fromReview) return toReview({...state, widget}, answers);
	const next = nextShownIndex(state.exercise, answers, state.index);
	return next === undefined ? toReview({...state, widget}, answers) : goTo({...state, widget}, next, answers);
}

function backStep(state: RunnerState, widget: WidgetState): RunnerState {
	const step = stepAt(state, state.index);
	const answers = step ? withAnswer(state.answers, step, widgetValue(widget, step)) : state.answers;
	if (state.fromReview) return toReview({...state, widget}, answers);
	const previous = previousShownIndex(state.exercise, answers, state.index);
	if (previous !== undefined) return goTo({...state, widget}, previous, answers);
	if (state.canLeave) return {...state, widget, answers, request: {kind: 'leave'}};
	return {...state, widget, answers, notice: 'This is the first step. Ctrl+C leaves and keeps what you wrote for next time.'};
}

function stepKey(state: RunnerState, event: KeyEvent): RunnerState {
	const step = stepAt(state, state.index);
	if (!step) return state;
	const result = widgetKey(state.widget, event, step, {answers: state.answers, width: state.width});
	switch (result.outcome) {
		case 'submit':
			return submitStep(state, result.state);
		case 'back':
			return backStep(state, result.state);
		case 'editor': {
			const text = editorText(result.state, step);
			if (text === undefined) return {...state, widget: result.state};
			return {...state, widget: result.state, notice: undefined, request: {kind: 'editor', text}};
		}
		default:
			return {...state, widget: result.state, notice: result.notice};
	}
}

function reviewKey(state: RunnerState, event: KeyEvent): RunnerState {
	if (event.kind !== 'key') return state;
	const rows = reviewSteps(state);
	switch (event.name) {
		case 'up':
			return {...state, reviewCursor: Math.max(0, state.reviewCursor - 1), notice: undefined};
		case 'down':
		case 'tab':
			return {...state, reviewCursor: Math.min(rows.length, state.reviewCursor + 1), notice: undefined};
		case 'escape': {
			const shown = shownStepIndexes(state.exercise, state.answers);
			const last = shown.at(-1);
			return last === undefined ? state : goTo(state, last, state.answers);
		}
		case 'enter': {
			if (state.reviewCursor === 0) {
				const unfinished = firstUnfinished(state.exercise, state.answers);
				if (unfinished) return {...goTo(state, unfinished.index, state.answers, true), notice: unfinished.problem};
				return {...state, phase: 'saving', notice: undefined, request: {kind: 'save'}};
			}
			const step = rows[state.reviewCursor - 1];
			const index = step ? state.exercise.steps.indexOf(step) : -1;
			return index >= 0 ? goTo(state, index, state.answers, true) : state;
		}
		default:
			return state;
	}
}

/** Help over the runner; a running timer waits while it is open (no ticks then), so its next tick must not count the gap. */
function openHelp(state: RunnerState, start: HelpActionId | undefined): RunnerState {
	const step = stepAt(state, state.index);
	const widget = step && state.phase === 'step' ? widgetPaused(state.widget, step) : state.widget;
	return {...state, help: true, helpStart: start, widget};
}

export function reduceRunner(state: RunnerState, action: RunnerAction): RunnerState {
	switch (action.type) {
		case 'key': {
			const {event} = action;
			// While help is open it owns every key (Ctrl+C too: it may be running an exercise of its own).
			if (state.help) return state;
			if (event.kind === 'key' && event.name === 'quit') return {...state, request: {kind: 'quit'}};
			if (event.kind === 'key' && event.name === 'help') return openHelp(state, undefined);
			if (state.request !== undefined) return state;
			if (state.phase === 'step') return stepKey(state, event);
			if (state.phase === 'review') return reviewKey(state, event);
			if (state.phase === 'saved' && event.kind === 'key' && (event.name === 'enter' || event.name === 'escape'))
				return {...state, request: {kind: 'finish'}};
			if (state.phase === 'saved' && state.offerHelp && event.kind === 'text') {
				const action = HELP_ACTIONS.find((candidate) => candidate.key === event.text.toLowerCase());
				if (action) return openHelp(state, action.id);
			}
			return state;
		}
		case 'tick': {
			const step = stepAt(state, state.index);
			if (state.phase !== 'step' || !step) return state;
			const widget = widgetTick(state.widget, step, action.now);
			return widget === state.widget ? state : {...state, widget};
		}
		case 'resize':
			return {...state, width: action.width};
		case 'editor-done': {
			const step = stepAt(state, state.index);
			if (action.text === undefined || !step) return {...state, request: undefined, notice: action.problem};
			return {...state, request: undefined, widget: fromEditor(state.widget, step, action.text), notice: undefined};
		}
		case 'saved':
			return {...state, phase: 'saved', saved: action.entry, offerHelp: action.offerHelp ?? false, request: undefined, notice: undefined};
		case 'help-closed':
			return {...state, help: false, helpStart: undefined};
		case 'quit-from-help':
			return {...state, help: false, helpStart: undefined, request: {kind: 'quit'}};
		case 'save-failed':
			return {...state, phase: 'review', request: undefined, notice: action.message};
		case 'handled':
			return {...state, request: undefined};
	}
}

/** "step 3 of 8": the position among the steps shown now. */
export function progress(state: RunnerState): {number: number; of: number} {
	const shown = shownStepIndexes(state.exercise, answersNow(state));
	const position = shown.indexOf(state.index);
	return {number: state.phase === 'step' ? position + 1 : shown.length, of: shown.length};
}
