import type {Answers, StepValue} from '../../domain/exercise/types.js';

/** What a step widget may ask of the runner after a key. */
export type Outcome = 'submit' | 'back' | 'editor';

export interface KeyResult<S> {
	state: S;
	outcome?: Outcome;
	/** One gentle line to show under the widget (cleared by the next key). */
	notice?: string;
}

/** What a widget may need to know beyond its own step. */
export interface WidgetContext {
	/** Answers so far (an emotions step re-rates an earlier one). */
	answers: Answers;
	/** Columns available to the widget's content. */
	width: number;
}

export type {StepValue};
