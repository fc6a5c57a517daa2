import type {Answers, StepValue} from '../domain/exercise/types.js';
import type {StopReason} from './lines.js';

/** What asking one step came to: an answer (undefined: none given), or a stop with what was typed so far. */
export type Asked = {kind: 'answer'; value: StepValue | undefined} | {kind: 'stop'; reason: StopReason; partial?: StepValue | undefined};

export type Read = {kind: 'line'; text: string} | {kind: 'stop'; reason: StopReason};

/**
 * What a step's plain-mode prompt may do: print lines, read a line (the help word is
 * handled before it arrives), turn an answer down, and wait (for a timer).
 */
export interface Ask {
	/** Prints one or more lines. Text from a file must be made inert first (inert()). */
	say(...lines: string[]): void;
	/** Prints "> " and reads the answer. */
	read(): Promise<Read>;
	/**
	 * An answer that cannot be taken. On a terminal the person is told gently what is
	 * accepted and asked again; from a pipe the run stops (exit 2) naming the line.
	 * `expected` completes "Please type …" (e.g. "a whole number from 0 to 10").
	 */
	refuse(expected: string, got: string): void;
	/** Waits, for a timer: ends early with a line typed on a terminal, or a stop. */
	wait(ms: number): Promise<'done' | Read>;
	now(): number;
	/** The answer already given (from a draft, or when changing it from the review). */
	current: StepValue | undefined;
	answers: Answers;
	/** Answers are typed by a person on a terminal (not piped). */
	typed: boolean;
	/** The day, for a text step's writing prompt. */
	today: Date;
}

/** A refused answer from a pipe: the run stops, keeps a draft and exits 2. */
export class PipedAnswerError extends Error {}
