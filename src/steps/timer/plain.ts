import {duration} from './duration.js';
import type {TimerStep} from '../../domain/exercise/types.js';
import type {Ask, Asked} from '../../plain/ask.js';
import {answer, safe} from '../plain-answers.js';

const CHECK_IN_CHOICES = ['Keep going', "It's easing", 'Try something else'] as const;

/**
 * A timer: Enter starts it (s skips it); then one line per phase as it begins, in
 * real time. On a terminal, Enter stops it early; a check-in pauses it to ask. The
 * answer is the seconds completed, as in the screens.
 */
export async function askTimer(step: TimerStep, ask: Ask): Promise<Asked> {
	const rounds = Math.max(1, step.rounds ?? 1);
	const cycle = step.phases.reduce((sum, phase) => sum + phase.seconds, 0);
	const phases = step.phases.map((phase) => `${safe(phase.label)} ${duration(phase.seconds)}`).join(', ');
	ask.say(`The timer: ${phases}${rounds > 1 ? `; ${rounds} rounds` : ''} (${duration(cycle * rounds)} in all).`);
	ask.say(`Press Enter to start it, or type s to skip it.${ask.typed ? ' While it runs, Enter stops it.' : ''}`);
	const done = typeof ask.current === 'number' ? ask.current : 0;
	for (;;) {
		const read = await ask.read();
		if (read.kind === 'stop') return {kind: 'stop', reason: read.reason, partial: ask.current};
		const text = read.text.trim().toLowerCase();
		if (text === 's' || text === 'skip') return answer(done);
		if (text === '') break;
		ask.refuse('Enter to start, or s to skip', read.text);
	}
	let elapsed = 0;
	let checkIns = 0;
	const every = step.checkIn?.every;
	for (let round = 1; round <= rounds; round++) {
		for (const [index, phase] of step.phases.entries()) {
			ask.say(`${rounds > 1 && index === 0 ? `Round ${round} of ${rounds}. ` : ''}${safe(phase.label)}, ${duration(phase.seconds)}`);
			const started = ask.now();
			let waited = 0;
			while (waited < phase.seconds * 1000) {
				const result = await ask.wait(phase.seconds * 1000 - waited);
				waited = ask.now() - started;
				if (result === 'done') break;
				if (result.kind === 'stop') {
					if (result.reason === 'end') continue;
					return {kind: 'stop', reason: result.reason, partial: elapsed + Math.floor(waited / 1000)};
				}
				// A line typed while it runs: stopped early, the seconds so far kept.
				const seconds = elapsed + Math.min(phase.seconds, Math.floor(waited / 1000));
				ask.say(`Stopped after ${duration(seconds)}.`);
				return answer(seconds);
			}
			elapsed += phase.seconds;
			if (every !== undefined && elapsed >= (checkIns + 1) * every && elapsed < cycle * rounds) {
				checkIns = Math.floor(elapsed / every);
				const choice = await checkIn(step, ask);
				if (typeof choice === 'object') return {...choice, partial: elapsed};
				if (choice > 0) return answer(elapsed);
			}
		}
	}
	ask.say('That is the end of the timer.');
	return answer(elapsed);
}

async function checkIn(step: TimerStep, ask: Ask): Promise<number | Extract<Asked, {kind: 'stop'}>> {
	ask.say(
		safe(step.checkIn?.prompt ?? ''),
		...CHECK_IN_CHOICES.map((choice, index) => `  ${index + 1}. ${choice}`),
		'Type a number (Enter keeps going).',
	);
	for (;;) {
		const read = await ask.read();
		if (read.kind === 'stop') return {kind: 'stop', reason: read.reason};
		const text = read.text.trim();
		if (text === '') return 0;
		const number = /^[1-3]$/.test(text) ? Number(text) - 1 : -1;
		if (number >= 0) return number;
		ask.refuse('a number from 1 to 3', read.text);
	}
}
