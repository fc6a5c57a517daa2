import type {Answers, Step, StepValue} from '../../domain/exercise/types.js';
import type {KeyEvent} from '../keymap.js';
import {screenOf} from './registry.js';
import type {WidgetState} from './screen-kind.js';
import type {KeyResult, WidgetContext} from './types.js';

export type {WidgetState};

/** The runner's way to the current step's widget, whatever its type (./registry.ts). */
export function initWidget(step: Step, value: StepValue | undefined, answers: Answers): WidgetState {
	return screenOf(step).init(step, value, answers);
}

/** Routes a key to the widget's own reducer. A state that does not match its step is started afresh. */
export function widgetKey(state: WidgetState, event: KeyEvent, step: Step, context: WidgetContext): KeyResult<WidgetState> {
	if (state.type !== step.type) return {state: initWidget(step, undefined, context.answers)};
	return screenOf(step).key(state, event, step, context);
}

/** The answer the widget holds now (also mid-way, for drafts and going back). */
export function widgetValue(state: WidgetState, step: Step): StepValue | undefined {
	return state.type === step.type ? screenOf(step).value(state, step) : undefined;
}

export function widgetTick(state: WidgetState, step: Step, now: number): WidgetState {
	const tick = screenOf(step).tick;
	return tick && state.type === step.type ? tick(state, step, now) : state;
}

export function needsTicks(state: WidgetState, step: Step): boolean {
	const needs = screenOf(step).needsTicks;
	return needs !== undefined && state.type === step.type && needs(state);
}

/** Help opened over the step: a widget that counts stops counting. */
export function widgetPaused(state: WidgetState, step: Step): WidgetState {
	const pause = screenOf(step).pause;
	return pause && state.type === step.type ? pause(state) : state;
}

/** The text Ctrl+E opens in $EDITOR, or undefined where an editor makes no sense. */
export function editorText(state: WidgetState, step: Step): string | undefined {
	const text = screenOf(step).editorText;
	return text && state.type === step.type ? text(state) : undefined;
}

export function fromEditor(state: WidgetState, step: Step, text: string): WidgetState {
	const from = screenOf(step).fromEditor;
	return from && state.type === step.type ? from(state, step, text) : state;
}

/** The keys line for a step (docs/tui.md: the keys that work are shown at the bottom of every screen). */
export function widgetHints(step: Step, state: WidgetState): string[] {
	return state.type === step.type ? screenOf(step).hints(step, state) : [];
}

/** Text shown between the step's prompt and its help (an info step's text). */
export function stepBody(step: Step): string | undefined {
	return screenOf(step).body?.(step);
}
