/**
 * Exercise format 1 as a zod schema: the one source of truth for the shape of an
 * exercise file. exercises/schema.json (for editors) is generated from it, and the
 * validator uses it for everything a JSON Schema can say. The rules that compare
 * fields with each other (ids unique, min < max, `when` pointing back...) are in
 * rules.ts, because they need the whole exercise in view.
 */
import * as z from 'zod';
import type {Exercise} from './types.js';

// zod compiles each object schema into a function (new Function) on first use; for the dozen
// files cope checks per run that costs more than it saves (~10 ms of every exercise screen's
// start on Node 24), and evaluates code cope did not write. Checking without it is the same check.
z.config({jitless: true});

export const ID_PATTERN = /^[a-z0-9-]+$/;

/**
 * How a field is described in a problem ("expected …"). A private registry, so the
 * phrases stay out of schema.json (zod copies global metadata into it).
 */
export const expectations = z.registry<{expected: string}>();

function described<T extends z.ZodType>(schema: T, expected: string, description?: string): T {
	const withMeta = description === undefined ? schema : schema.meta({description});
	expectations.add(withMeta, {expected});
	return withMeta;
}

function text(max: number, description?: string): z.ZodString {
	return described(z.string().min(1).max(max), `non-empty text (up to ${max} characters)`, description);
}

/** Text without a line break (CR or LF), as a summary is: one line. */
function oneLine(max: number, description?: string): z.ZodString {
	return described(
		z
			.string()
			.min(1)
			.max(max)
			.regex(/^[^\r\n]*$/),
		`one line of text (up to ${max} characters, no line breaks)`,
		description,
	);
}

function integer(min: number, max: number, description?: string): z.ZodInt {
	return described(z.int().min(min).max(max), `an integer from ${min} to ${max}`, description);
}

function idLike(max: number, description: string, like: string, noun = 'an id'): z.ZodString {
	return described(
		z.string().regex(ID_PATTERN).max(max),
		`${noun} of lower-case letters, digits and - (up to ${max} characters, like "${like}")`,
		description,
	);
}

const stepId = idLike(64, 'Unique in the exercise; the key of the answer in saved entries.', 'hot-thought');

const COMPARISONS = ['gte', 'lte', 'eq', 'includes', 'lowerThan', 'notLowerThan'] as const;

const when = described(
	z
		.strictObject({
			step: described(stepId, 'the id of an earlier step', 'The id of an earlier step.'),
			gte: described(z.number(), 'a number', 'Shown if that scale step is at least this.').optional(),
			lte: described(z.number(), 'a number', 'Shown if that scale step is at most this.').optional(),
			// Answers are text (text, select) or numbers (scale, timer): nothing else can be equal to one.
			eq: described(z.union([z.string(), z.number()]), 'text or a number', 'Shown if that step’s answer is exactly this.').optional(),
			// Multi-select values and list items are text.
			includes: described(z.string(), 'text', 'Shown if that multi-select or list step includes this.').optional(),
			lowerThan: described(
				stepId,
				'the id of an earlier scale step',
				'Shown if that scale step’s answer is lower than this earlier scale step’s.',
			).optional(),
			notLowerThan: described(
				stepId,
				'the id of an earlier scale step',
				'Shown if that scale step’s answer is not lower than this earlier scale step’s.',
			).optional(),
		})
		// Exactly one comparison: rules.ts says so in cope's words; this tells editors too.
		.meta({
			description: `Show this step only if an earlier answer fits: exactly one of ${COMPARISONS.join(', ')}.`,
			oneOf: COMPARISONS.map((key) => ({required: [key]})),
		}),
	'a condition like {"step": "urge", "gte": 7}',
);

/** Fields every step has. */
const common = {
	id: stepId,
	label: text(60, 'A short name for the answer in exports, reports and summaries, e.g. "Energy"; default: the prompt.').optional(),
	help: text(2000, 'A gentle explanation shown under the prompt. May quote an earlier answer as {step-id}.').optional(),
	required: described(z.boolean(), 'true or false', 'Must it be answered? Default: true for scale and select, false otherwise.').optional(),
	when: when.optional(),
};

const prompt = text(500, 'The question or instruction shown. May quote an earlier answer as {step-id} (a list: its items, joined).');

const option = described(
	z.strictObject({
		value: text(80, 'Stored in the entry when chosen.'),
		label: text(200, 'What the person sees.'),
		hint: text(300, 'One plain line under the label.').optional(),
	}),
	'an option like {"value": "yes", "label": "Yes"}',
);

const options = described(z.array(option).min(1).max(50), 'a list of 1 to 50 options', 'The choices, each {value, label, hint?}.');

const countLimit = (what: string) => integer(0, 1000, what).optional();

const infoStep = described(
	z.strictObject({
		...common,
		type: z.literal('info'),
		text: text(5000, 'The text shown; no answer is stored.'),
		prompt: text(500, 'A heading shown above the text.').optional(),
	}),
	'an info step',
);

const textStep = described(
	z.strictObject({
		...common,
		type: z.literal('text'),
		prompt,
		multiline: described(z.boolean(), 'true or false', 'Several lines (Ctrl+D finishes) instead of one.').optional(),
		placeholder: text(200, 'Shown faintly while the field is empty.').optional(),
		maxLength: integer(1, 100_000, 'The most characters accepted.').optional(),
		prompts: described(
			z.array(text(500)).min(1).max(500),
			'a list of 1 to 500 writing prompts (non-empty text)',
			'Writing prompts; one is offered each time (rotating).',
		).optional(),
	}),
	'a text step',
);

const scaleStep = described(
	z.strictObject({
		...common,
		type: z.literal('scale'),
		prompt,
		min: integer(-1000, 1000, 'The lowest value.'),
		max: integer(-1000, 1000, 'The highest value (greater than min).'),
		// Keys are integers within min..max: rules.ts checks that against the step's range; editors learn the
		// shape (an integer from -1000 to 1000, written plainly) here.
		labels: described(
			z.record(z.string(), text(100)).meta({propertyNames: {pattern: '^(0|-?[1-9][0-9]{0,2}|-?1000)$'}}),
			'labels like {"0": "lowest", "10": "best"}',
			'Words for some values, keyed by the value.',
		).optional(),
		default: integer(-1000, 1000, 'The value offered first (from min to max).').optional(),
		metric: idLike(40, 'Series name for reports, e.g. "mood".', 'mood', 'a name').optional(),
		rerate: described(
			stepId,
			'the id of an earlier scale step',
			'Rate the same thing as this earlier scale step again (same min and max); reports take this, the latest rating.',
		).optional(),
	}),
	'a scale step',
);

const selectStep = described(z.strictObject({...common, type: z.literal('select'), prompt, options}), 'a select step');

const multiSelectStep = described(
	z.strictObject({
		...common,
		type: z.literal('multi-select'),
		prompt,
		options,
		min: countLimit('Choose at least this many.'),
		max: countLimit('Choose at most this many.'),
	}),
	'a multi-select step',
);

const listStep = described(
	z.strictObject({
		...common,
		type: z.literal('list'),
		prompt,
		placeholder: text(200, 'Shown faintly while the item is empty.').optional(),
		min: countLimit('At least this many items.'),
		max: countLimit('At most this many items.'),
	}),
	'a list step',
);

const emotionsStep = described(
	z.strictObject({
		...common,
		type: z.literal('emotions'),
		prompt,
		suggestions: described(
			z.array(text(40)).max(100),
			'a list of up to 100 feeling names (non-empty text, up to 40 characters)',
			'Feeling names offered; the person can add others.',
		).optional(),
		rerate: described(stepId, 'the id of an earlier emotions step', 'Re-rate the feelings named at this earlier emotions step.').optional(),
	}),
	'an emotions step',
);

const timerStep = described(
	z.strictObject({
		...common,
		type: z.literal('timer'),
		prompt,
		phases: described(
			z
				.array(
					described(
						z.strictObject({label: text(80, 'e.g. "Breathe in".'), seconds: integer(1, 3600, 'How long this phase lasts.')}),
						'a phase like {"label": "Breathe in", "seconds": 4}',
					),
				)
				.min(1)
				.max(20),
			'a list of 1 to 20 phases',
			'The phases of one round, in order.',
		),
		rounds: integer(1, 100, 'How many times the phases repeat (default 1).').optional(),
		checkIn: described(
			z.strictObject({
				every: integer(10, 3600, 'Seconds between check-ins.'),
				prompt: text(200, 'The question asked, e.g. "Has it eased?".'),
			}),
			'a check-in like {"every": 60, "prompt": "Has it eased?"}',
			'Pause every so often to ask how it is going.',
		).optional(),
	}),
	'a timer step',
);

export const stepSchema = described(
	z.discriminatedUnion('type', [infoStep, textStep, scaleStep, selectStep, multiSelectStep, listStep, emotionsStep, timerStep]),
	'a step (an object with id, type and prompt)',
);

export const exerciseSchema = described(
	z.strictObject({
		$schema: described(z.string(), 'text', 'Editors use this to find the schema; cope ignores it.').optional(),
		format: described(z.literal(1), '1', 'Format version of this file; this cope reads format 1.'),
		id: idLike(64, 'Unique; a file with the id of a built-in replaces it.', 'worry-time'),
		title: text(80, 'Shown in the list of exercises.'),
		summary: oneLine(200, 'One line: what it is for.'),
		kind: idLike(64, 'The entry type written; default: the id.', 'thought-record', 'a kind').optional(),
		minutes: integer(1, 600, 'About how long it takes, in minutes.').optional(),
		steps: described(z.array(stepSchema).min(1).max(100), 'a list of 1 to 100 steps', 'The steps, in order.'),
	}),
	'an exercise (a JSON object with format, id, title, summary and steps)',
).meta({
	title: 'cope exercise',
	description: 'An exercise for cope (format 1). See the section on writing your own exercises in the cope README.',
});
// meta() returns a copy: register the copy too, so problems at the top level are worded.
expectations.add(exerciseSchema, {expected: 'an exercise (a JSON object with format, id, title, summary and steps)'});

export type ParsedExercise = z.infer<typeof exerciseSchema>;

// Compile-time check: the schema and the types in types.ts describe exactly the same
// thing (same keys, same optionality, same value types), so neither can drift.
type Normalise<T> = T extends object ? {[K in keyof T]: Normalise<T[K]>} : T;
type Identical<A, B> = (<T>() => T extends Normalise<A> ? 1 : 2) extends <T>() => T extends Normalise<B> ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type _SchemaMatchesTypes = Assert<Identical<Omit<ParsedExercise, '$schema'>, Exercise>>;
