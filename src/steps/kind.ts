/**
 * What a step type is, outside the screens: one of these per type, in
 * src/steps/<type>/index.ts, and the registry (registry.ts) that every part of
 * cope reads instead of switching on `step.type` itself (docs/architecture.md,
 * "How a step type is built"). Nothing here loads Ink.
 */
import type {StepDescription} from '../domain/exercise/describe.js';
import type {EntryValue} from '../domain/entry.js';
import type {Answers, Step, StepValue} from '../domain/exercise/types.js';
import type {Ask, Asked} from '../plain/ask.js';
import type {StepScreen, WidgetState} from '../tui/steps/screen-kind.js';

export interface StepKind<S extends Step = Step> {
	type: S['type'];
	/** Takes an answer (an info step does not: nothing of it is saved). */
	answers: boolean;
	/** `required` when the file does not say. */
	requiredByDefault: boolean;
	/** Does a stored answer (from a draft, perhaps of an older file) have the shape this step gives? */
	fits(step: S, value: unknown): boolean;
	/** Why an answer cannot be accepted yet, as one gentle line (screens' keys named), or undefined. */
	problem(step: S, value: StepValue | undefined): string | undefined;
	/** `cope exercises show`: adds the type's facts and lines to the step's description. */
	describe(step: S, description: StepDescription, steps: readonly Step[]): void;
	/** Whether `cope exercises show` says "required" or "optional" (not for a step that always goes on). */
	saysRequired: boolean;
	/** The answer in one line, for the review (the caller makes it inert and fits it); `answers` holds the run's others (a re-rating shows where it started). */
	answerText(step: S, value: StepValue, answers: Answers): string;
	/** Short facts for the summary after saving ("2:00 with the timer"). */
	summaryFacts?(step: S, value: EntryValue): string[];
	/** The texts in the answer where #tags count. */
	taggedTexts?(value: EntryValue): string[];
	/**
	 * What a later step's `when` may ask of this one: `compare` (gte, lte: a number within its
	 * range), `eq` (its one answer: text, a number, or one of its option values), `includes`
	 * (an item of its answer: text, or one of its option values).
	 */
	conditions: {compare?: true; eq?: 'text' | 'number' | 'option'; includes?: 'text' | 'option'};
	/** Plain mode: asks the step as lines of text. */
	ask(step: S, ask: Ask): Promise<Asked>;
	/** Its part in the screens (./<type>/screen/), read only when the screens open: plain mode and the commands never load Ink. */
	screen(): Promise<StepScreen<S, WidgetState & {type: S['type']}>>;
}
