import type {Answers, Step, StepValue} from '../../domain/exercise/types.js';
import {HINTS, type KeyEvent} from '../keymap.js';
import {emotionsKey, emotionsValue, initEmotions, type EmotionsState} from '../../steps/emotions/screen/emotions-state.js';
import {infoKey, type InfoState} from '../../steps/info/screen/info-state.js';
import {initList, listFromEditor, listKey, listValue, type ListState} from '../../steps/list/screen/list-state.js';
import {initMultiSelect, multiSelectKey, multiSelectValue, type MultiSelectState} from '../../steps/multi-select/screen/multi-select-state.js';
import {initScale, scaleKey, scaleValue, type ScaleState} from '../../steps/scale/screen/scale-state.js';
import {initSelect, selectKey, selectValue, type SelectState} from '../../steps/select/screen/select-state.js';
import {initText, textFromEditor, textKey, textValue, type TextState} from '../../steps/text/screen/text-state.js';
import {initTimer, isRunning, timerKey, timerTick, timerValue, type TimerState} from '../../steps/timer/screen/timer-state.js';
import type {KeyResult, WidgetContext} from './types.js';

/** The state of whichever widget the current step shows. */
export type WidgetState = InfoState | TextState | ScaleState | SelectState | MultiSelectState | ListState | EmotionsState | TimerState;

export function initWidget(step: Step, value: StepValue | undefined, answers: Answers): WidgetState {
	switch (step.type) {
		case 'info':
			return {type: 'info'};
		case 'text':
			return initText(value);
		case 'scale':
			return initScale(step, value);
		case 'select':
			return initSelect(step, value);
		case 'multi-select':
			return initMultiSelect(step, value);
		case 'list':
			return initList(value);
		case 'emotions':
			return initEmotions(step, value, answers);
		case 'timer':
			return initTimer(step, value);
	}
}

/** Routes a key to the widget's own reducer. A state that does not match its step is started afresh. */
export function widgetKey(state: WidgetState, event: KeyEvent, step: Step, context: WidgetContext): KeyResult<WidgetState> {
	if (state.type !== step.type) return {state: initWidget(step, undefined, context.answers)};
	switch (step.type) {
		case 'info':
			return infoKey(state as InfoState, event);
		case 'text':
			return textKey(state as TextState, event, step, context);
		case 'scale':
			return scaleKey(state as ScaleState, event, step);
		case 'select':
			return selectKey(state as SelectState, event, step);
		case 'multi-select':
			return multiSelectKey(state as MultiSelectState, event, step);
		case 'list':
			return listKey(state as ListState, event, step);
		case 'emotions':
			return emotionsKey(state as EmotionsState, event, step);
		case 'timer':
			return timerKey(state as TimerState, event);
	}
}

/** The answer the widget holds now (also mid-way, for drafts and going back). */
export function widgetValue(state: WidgetState, step: Step): StepValue | undefined {
	switch (state.type) {
		case 'info':
			return undefined;
		case 'text':
			return textValue(state);
		case 'scale':
			return scaleValue(state);
		case 'select':
			return step.type === 'select' ? selectValue(state, step) : undefined;
		case 'multi-select':
			return multiSelectValue(state);
		case 'list':
			return listValue(state);
		case 'emotions':
			return emotionsValue(state);
		case 'timer':
			return timerValue(state);
	}
}

export function widgetTick(state: WidgetState, step: Step, now: number): WidgetState {
	return state.type === 'timer' && step.type === 'timer' ? timerTick(state, step, now) : state;
}

export function needsTicks(state: WidgetState): boolean {
	return state.type === 'timer' && isRunning(state);
}

/** The text Ctrl+E opens in $EDITOR, or undefined where an editor makes no sense. */
export function editorText(state: WidgetState): string | undefined {
	if (state.type === 'text') return textValue(state);
	if (state.type === 'list') return listValue(state).join('\n');
	return undefined;
}

export function fromEditor(state: WidgetState, step: Step, text: string): WidgetState {
	if (state.type === 'text' && step.type === 'text') return textFromEditor(state, text, step);
	if (state.type === 'list') return listFromEditor(state, text);
	return state;
}

/** The keys line for a step (UX.md: keys shown at the bottom of every screen). */
export function widgetHints(step: Step, state: WidgetState): string[] {
	const tail = [HINTS.back, HINTS.help];
	switch (state.type) {
		case 'info':
			return [HINTS.next, ...tail];
		case 'text':
			return step.type === 'text' && step.multiline ? [HINTS.newLine, HINTS.done, HINTS.back, HINTS.editor, HINTS.help] : [HINTS.next, HINTS.back, HINTS.editor, HINTS.help];
		case 'scale':
			return ['←→ choose', 'type a number', HINTS.next, ...tail];
		case 'select':
			return [HINTS.move, HINTS.choose, ...tail];
		case 'multi-select':
			return [HINTS.move, 'space choose', HINTS.next, ...tail];
		case 'list':
			return ['enter add', 'enter on an empty line next', HINTS.back, HINTS.editor, HINTS.help];
		case 'emotions':
			if (state.adding) return ['type a feeling or ↓ pick one', 'tab complete', 'enter add', HINTS.back, HINTS.help];
			return ['↑↓ move', '←→ adjust by 5', 'type a number', HINTS.next, ...tail];
		case 'timer':
			if (state.checkIn !== undefined) return ['←→ choose', 'enter answer', HINTS.help];
			return state.finished ? [HINTS.next, ...tail] : [state.paused ? 'space carry on' : 'space pause', 's skip', ...tail];
	}
}
