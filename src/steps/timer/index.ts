import {formatDuration} from '../../domain/exercise/run-summary.js';
import type {TimerStep} from '../../domain/exercise/types.js';
import type {StepKind} from '../kind.js';
import {duration} from './duration.js';
import {askTimer} from './plain.js';

function describeTimer(step: TimerStep): string {
	const rounds = step.rounds ?? 1;
	const phases = step.phases.map((phase) => `${phase.label} ${duration(phase.seconds)}`).join(', ');
	const total = step.phases.reduce((sum, phase) => sum + phase.seconds, 0) * rounds;
	return `a timer: ${phases}${rounds > 1 ? `; ${rounds} rounds` : ''} (${duration(total)} in all)`;
}

/** A timer in phases (breathe in, hold, out), with check-ins; the answer is the seconds completed. */
export const timerKind: StepKind<TimerStep> = {
	type: 'timer',
	answers: true,
	requiredByDefault: false,
	fits: (_step, value) => typeof value === 'number' && value >= 0,
	problem: () => undefined,
	describe(step, {facts}) {
		facts.push(describeTimer(step));
		if (step.checkIn) facts.push(`asks "${step.checkIn.prompt}" every ${duration(step.checkIn.every)}`);
	},
	saysRequired: false,
	answerText: (_step, value) => (typeof value === 'number' ? formatDuration(value) : ''),
	summaryFacts: (_step, value) => (typeof value === 'number' ? [`${formatDuration(value)} with the timer`] : []),
	conditions: {eq: 'number'},
	ask: askTimer,
	screen: async () => (await import('./screen/index.js')).timerScreen,
};
