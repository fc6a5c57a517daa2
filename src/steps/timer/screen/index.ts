import type {TimerStep} from '../../../domain/exercise/types.js';
import {HINTS} from '../../../tui/keymap.js';
import type {StepScreen} from '../../../tui/steps/screen-kind.js';
import {initTimer, isRunning, timerKey, timerTick, timerValue, type TimerState} from './timer-state.js';
import {TimerView} from './timer-view.js';

export const timerScreen: StepScreen<TimerStep, TimerState> = {
	init: (step, value) => initTimer(step, value),
	key: (state, event) => timerKey(state, event),
	value: timerValue,
	hints(_step, state) {
		if (state.checkIn !== undefined) return ['←→ choose', 'enter answer', HINTS.help];
		return state.finished
			? [HINTS.next, HINTS.back, HINTS.help]
			: [state.paused ? 'space carry on' : 'space pause', 's skip', HINTS.back, HINTS.help];
	},
	View: TimerView,
	tick: timerTick,
	needsTicks: isRunning,
	// A running timer waits while help is open (no ticks then), so its next tick must not count the gap.
	pause: (state) => ({...state, lastTick: undefined}),
};
