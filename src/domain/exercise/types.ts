/**
 * Exercise format 1 (docs/exercise-format.md), as TypeScript types. The validator's schema must
 * produce exactly these (it is checked against them), and the TUI runs them.
 */
export const EXERCISE_FORMAT = 1;

export interface WhenCondition {
	/** An earlier step's id. */
	step: string;
	gte?: number;
	lte?: number;
	eq?: string | number;
	includes?: string;
	/** The id of an earlier scale step: shown if this step's answer is lower than that one's (an urge that eased). */
	lowerThan?: string;
	/** The id of an earlier scale step: shown if this step's answer is not lower than that one's. */
	notLowerThan?: string;
}

interface StepBase {
	/** [a-z0-9-]+, unique in the exercise; the key of the value in the entry. */
	id: string;
	/** A short name for the answer in exports, reports and summaries ("Energy"); default: the prompt. */
	label?: string;
	help?: string;
	required?: boolean;
	when?: WhenCondition;
}

export interface InfoStep extends StepBase {
	type: 'info';
	text: string;
	/** Optional heading shown above the text. */
	prompt?: string;
}

export interface TextStep extends StepBase {
	type: 'text';
	prompt: string;
	multiline?: boolean;
	placeholder?: string;
	maxLength?: number;
	/**
	 * Extension to format 1: writing prompts, one of which is offered each time
	 * (rotating), e.g. for the journal. The person may ignore it.
	 */
	prompts?: string[];
}

export interface ScaleStep extends StepBase {
	type: 'scale';
	prompt: string;
	min: number;
	max: number;
	labels?: Record<string, string>;
	default?: number;
	/** Series name for reports, e.g. "mood". */
	metric?: string;
	/**
	 * Id of an earlier scale step with the same range: this step rates the same thing
	 * again (an urge after riding it out). The entry's metric then holds this, the
	 * latest rating, and `<metric>-start` the earlier one (docs/exercise-format.md).
	 */
	rerate?: string;
}

export interface SelectOption {
	value: string;
	label: string;
	hint?: string;
}

export interface SelectStep extends StepBase {
	type: 'select';
	prompt: string;
	options: SelectOption[];
}

export interface MultiSelectStep extends StepBase {
	type: 'multi-select';
	prompt: string;
	options: SelectOption[];
	min?: number;
	max?: number;
}

export interface ListStep extends StepBase {
	type: 'list';
	prompt: string;
	placeholder?: string;
	min?: number;
	max?: number;
}

export interface EmotionsStep extends StepBase {
	type: 'emotions';
	prompt: string;
	suggestions?: string[];
	/** Id of an earlier emotions step: re-rate the same names. */
	rerate?: string;
}

export interface TimerPhase {
	label: string;
	seconds: number;
}

export interface TimerStep extends StepBase {
	type: 'timer';
	prompt: string;
	phases: TimerPhase[];
	rounds?: number;
	/**
	 * Extension to format 1: every `every` seconds the timer pauses to ask `prompt`
	 * ("Has it eased?") with: keep going, it's easing (finish), try something else (finish).
	 */
	checkIn?: {every: number; prompt: string};
}

export type Step = InfoStep | TextStep | ScaleStep | SelectStep | MultiSelectStep | ListStep | EmotionsStep | TimerStep;
export type StepType = Step['type'];

/** Every step type (the schema's union, and the list the loader checks shipped files against). */
export const STEP_TYPES = [
	'info',
	'text',
	'scale',
	'select',
	'multi-select',
	'list',
	'emotions',
	'timer',
] as const satisfies readonly StepType[];
// And every type is in it: a type missing here fails to compile.
export const ALL_STEP_TYPES_LISTED: [Exclude<StepType, (typeof STEP_TYPES)[number]>] extends [never] ? true : never = true;

export interface Exercise {
	format: typeof EXERCISE_FORMAT;
	id: string;
	title: string;
	summary: string;
	/** Entry type written; default: the id. */
	kind?: string;
	minutes?: number;
	steps: Step[];
}

/** Answers while an exercise runs, keyed by step id (info steps have none). */
export type StepValue = string | number | string[] | Record<string, number>;
export type Answers = Record<string, StepValue>;
