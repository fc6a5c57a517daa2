import type {TimerPhase, TimerStep} from '../../../domain/exercise/types.js';
import {isChar, type KeyEvent} from '../../../tui/keymap.js';
import type {KeyResult} from '../../../tui/steps/types.js';

export const CHECK_IN_CHOICES = ['Keep going', "It's easing", 'Try something else'] as const;

export interface TimerState {
	type: 'timer';
	elapsedMs: number;
	/** Clock reading at the last tick while running; undefined until the first tick. */
	lastTick: number | undefined;
	paused: boolean;
	finished: boolean;
	/** Check-ins answered so far (the next is due at (answered + 1) × every). */
	checkIns: number;
	/** Open while a check-in question waits for an answer: the highlighted choice. */
	checkIn: number | undefined;
}

export function totalSeconds(step: TimerStep): number {
	const cycle = step.phases.reduce((sum, phase) => sum + phase.seconds, 0);
	return cycle * Math.max(1, step.rounds ?? 1);
}

export function initTimer(step: TimerStep, value: unknown): TimerState {
	const seconds = typeof value === 'number' ? Math.min(value, totalSeconds(step)) : 0;
	const every = step.checkIn?.every;
	return {
		type: 'timer',
		elapsedMs: seconds * 1000,
		lastTick: undefined,
		paused: false,
		finished: seconds >= totalSeconds(step),
		checkIns: every ? Math.floor(seconds / every) : 0,
		checkIn: undefined,
	};
}

export function isRunning(state: TimerState): boolean {
	return !state.finished && !state.paused && state.checkIn === undefined;
}

/** Advances the timer to the clock reading `now` (milliseconds). */
export function timerTick(state: TimerState, step: TimerStep, now: number): TimerState {
	if (!isRunning(state)) return {...state, lastTick: undefined};
	if (state.lastTick === undefined) return {...state, lastTick: now};
	const totalMs = totalSeconds(step) * 1000;
	let elapsedMs = state.elapsedMs + Math.max(0, now - state.lastTick);
	const every = step.checkIn?.every;
	if (every !== undefined && every > 0) {
		const dueMs = (state.checkIns + 1) * every * 1000;
		if (elapsedMs >= dueMs && dueMs < totalMs) {
			return {...state, elapsedMs: dueMs, lastTick: undefined, checkIn: 0};
		}
	}
	if (elapsedMs >= totalMs) {
		elapsedMs = totalMs;
		return {...state, elapsedMs, lastTick: undefined, finished: true};
	}
	return {...state, elapsedMs, lastTick: now};
}

export function timerKey(state: TimerState, event: KeyEvent): KeyResult<TimerState> {
	if (state.checkIn !== undefined) {
		if (event.kind === 'key' && (event.name === 'left' || event.name === 'up'))
			return {state: {...state, checkIn: Math.max(0, state.checkIn - 1)}};
		if (event.kind === 'key' && (event.name === 'right' || event.name === 'down' || event.name === 'tab')) {
			return {state: {...state, checkIn: Math.min(CHECK_IN_CHOICES.length - 1, state.checkIn + 1)}};
		}
		if (event.kind === 'key' && event.name === 'enter') {
			if (state.checkIn === 0) return {state: {...state, checkIn: undefined, checkIns: state.checkIns + 1}};
			return {state: {...state, checkIn: undefined, checkIns: state.checkIns + 1, finished: true}, outcome: 'submit'};
		}
		if (event.kind === 'key' && event.name === 'escape') return {state, outcome: 'back'};
		return {state};
	}
	if (isChar(event, 's')) return {state: {...state, finished: true, lastTick: undefined}, outcome: 'submit'};
	if (event.kind !== 'key') return {state};
	switch (event.name) {
		case 'space':
			if (state.finished) return {state};
			return {state: {...state, paused: !state.paused, lastTick: undefined}};
		case 'enter':
			return state.finished ? {state, outcome: 'submit'} : {state};
		case 'escape':
			return {state, outcome: 'back'};
		default:
			return {state};
	}
}

/** Seconds completed: the stored value. */
export function timerValue(state: TimerState): number {
	return Math.floor(state.elapsedMs / 1000);
}

/** The phase under way and the seconds left in it. */
export function currentPhase(step: TimerStep, elapsedMs: number): {phase: TimerPhase | undefined; left: number; round: number} {
	const cycle = step.phases.reduce((sum, phase) => sum + phase.seconds, 0);
	if (cycle <= 0) return {phase: undefined, left: 0, round: 1};
	const seconds = Math.floor(elapsedMs / 1000);
	const rounds = Math.max(1, step.rounds ?? 1);
	const round = Math.min(rounds, Math.floor(seconds / cycle) + 1);
	let into = seconds - (round - 1) * cycle;
	for (const phase of step.phases) {
		if (into < phase.seconds) return {phase, left: phase.seconds - into, round};
		into -= phase.seconds;
	}
	const last = step.phases.at(-1);
	return {phase: last, left: 0, round};
}
