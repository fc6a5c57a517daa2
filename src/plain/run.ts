/**
 * Plain mode: an exercise as line-by-line prompts, for screen readers, emacs shells,
 * TERM=dumb and scripts. Nothing moves the cursor or redraws; no escape code is
 * written at all. The same exercises, drafts, review and entries as the screens
 * (docs/tui.md, "Plain mode").
 */
import {format} from 'date-fns';
import type {Entry} from '../domain/entry.js';
import type {IdMaker} from '../domain/entry-id.js';
import {describeAnswer, stepLabel} from '../domain/exercise/answer-text.js';
import {withQuotes} from '../domain/exercise/quote.js';
import {entryFromAnswers} from '../domain/exercise/answers-entry.js';
import {firstUnfinished, fittingAnswers, isEmptyValue, nextShownIndex, shownStepIndexes} from '../domain/exercise/progress.js';
import {summarizeRun} from '../domain/exercise/run-summary.js';
import type {Answers, Exercise, Step, StepValue} from '../domain/exercise/types.js';
import {inert} from '../domain/text.js';
import {toLocalIso, wallClock} from '../domain/time.js';
import {askStep} from '../steps/plain.js';
import {kindOf} from '../steps/registry.js';
import type {Draft} from '../store/drafts.js';
import {PipedAnswerError, type Ask, type Read} from './ask.js';
import type {LineReader, StopReason} from './lines.js';

/** What plain mode does to the outside world, passed in by the command (as the screens' TuiDeps). */
export interface PlainDeps {
	now(): Date;
	/** A new entry's id (time-ordered). */
	newId: IdMaker;
	saveEntry(entry: Entry): void;
	drafts: {
		read(exerciseId: string): Draft | undefined;
		write(draft: Draft): void;
		remove(exerciseId: string): void;
	};
	/** The lines "help now" shows: the person's contact, the crisis lines, where the plan is. */
	helpLines(): string[];
	/** After a hard entry: the calm message to show with the summary, or undefined. */
	helpAfterSave(entry: Entry): string[] | undefined;
}

export interface PlainIO {
	write(text: string): void;
	reader: LineReader;
	/** A person types the answers on a terminal; otherwise they come from a pipe (and are echoed). */
	typed: boolean;
}

/** Typed alone at any prompt, these print help now; the prompt then asks again. */
export const HELP_WORDS = ['?', 'help'];

export type PlainEnding =
	| {kind: 'saved'; entry: Entry}
	| {kind: 'draft'; reason: StopReason}
	| {kind: 'nothing'; reason: StopReason}
	| {kind: 'refused'; message: string; keptDraft: boolean};

export const DRAFT_KEPT = 'Saved as a draft. Run it again to pick up where you left off.';

export class PlainRun {
	private answers: Answers = {};
	private draftKept = false;

	constructor(
		private readonly exercise: Exercise,
		private readonly deps: PlainDeps,
		private readonly io: PlainIO,
	) {}

	private say(...lines: string[]): void {
		this.io.write(lines.map((line) => `${line}\n`).join(''));
	}

	/** Prints "> ", reads a line (echoing a piped one), and answers the help word itself. */
	private async read(again: string): Promise<Read> {
		for (;;) {
			this.io.write('> ');
			const read = await this.io.reader.next();
			if (read.kind === 'stop') {
				this.io.write('\n');
				return read;
			}
			if (!this.io.typed) this.io.write(`${read.text}\n`);
			if (!HELP_WORDS.includes(read.text.trim().toLowerCase())) return read;
			this.say(
				'',
				'Help now',
				...this.deps.helpLines().map((line) => `  ${inert(line, {singleLine: true})}`),
				'Your answers are kept.',
				'',
				again,
			);
		}
	}

	private ask(step: Step, current: StepValue | undefined, again: string): Ask {
		return {
			say: (...lines) => this.say(...lines),
			read: () => this.read(again),
			refuse: (expected, got) => {
				if (!this.io.typed) {
					const shown = got.trim() === '' ? 'an empty line' : `"${inert(got, {singleLine: true})}"`;
					throw new PipedAnswerError(
						`line ${this.io.reader.count} of the input (${shown}) does not answer "${inert(stepLabel(step), {singleLine: true})}": expected ${expected}.`,
					);
				}
				this.say(got.trim() === '' ? `This one needs an answer: ${expected}.` : `Please type ${expected}.`);
			},
			wait: (ms) => this.io.reader.wait(ms, this.io.typed),
			now: () => this.deps.now().getTime(),
			current,
			answers: this.answers,
			typed: this.io.typed,
			today: this.deps.now(),
		};
	}

	private writeDraft(at: string): boolean {
		if (Object.keys(this.answers).length === 0 && !this.draftKept) return false;
		try {
			this.deps.drafts.write({v: 1, exercise: this.exercise.id, saved: toLocalIso(this.deps.now()), at, answers: this.answers});
			this.draftKept = true;
			return true;
		} catch {
			// A safety net: a failed draft write must not stop the exercise.
			return false;
		}
	}

	private setAnswer(step: Step, value: StepValue | undefined): void {
		const next = {...this.answers};
		if (!kindOf(step).answers || value === undefined || isEmptyValue(value)) delete next[step.id];
		else next[step.id] = value;
		this.answers = next;
	}

	private heading(step: Step, index: number): string {
		const shown = shownStepIndexes(this.exercise, this.answers);
		const position = `Step ${shown.indexOf(index) + 1} of ${shown.length}`;
		return step.prompt === undefined ? `${position}.` : `${position}: ${inert(step.prompt, {singleLine: true})}`;
	}

	/** Asks one step (its heading, help, prompt) and records the answer; undefined when it went on. */
	private async askOne(index: number): Promise<{kind: 'stop'; reason: StopReason} | undefined> {
		// "{activities}" in a prompt or its help shows what was answered there (domain/exercise/quote.ts).
		const step = withQuotes(this.exercise.steps[index] as Step, this.answers, this.exercise);
		const heading = this.heading(step, index);
		this.say('', heading);
		if (step.help) this.say(...inert(step.help).split('\n'));
		const current = Object.hasOwn(this.answers, step.id) ? this.answers[step.id] : undefined;
		const asked = await askStep(step, this.ask(step, current, `Back to ${heading.charAt(0).toLowerCase()}${heading.slice(1)}`));
		if (asked.kind === 'stop') {
			this.setAnswer(step, asked.partial);
			return {kind: 'stop', reason: asked.reason};
		}
		this.setAnswer(step, asked.value);
		return undefined;
	}

	/** Offers to resume a draft; false when the input ended (or was interrupted) before a choice. */
	private async resumeOrFresh(draft: Draft): Promise<'resume' | 'fresh' | {kind: 'stop'; reason: StopReason}> {
		const when = draft.saved ? format(wallClock(draft.saved), "EEE d MMM 'at' HH:mm") : 'earlier';
		this.say(
			`You have an unfinished “${inert(this.exercise.title, {singleLine: true})}” from ${when}. Nothing in it is lost.`,
			'  1. Resume where you left off',
			'  2. Start fresh',
			'Type 1 or 2 (Enter resumes).',
		);
		for (;;) {
			const read = await this.read('Type 1 to resume, or 2 to start fresh.');
			if (read.kind === 'stop') return read;
			const text = read.text.trim().toLowerCase();
			if (text === '' || text === '1' || text === 'resume') return 'resume';
			if (text === '2' || text === 'fresh') return 'fresh';
			if (!this.io.typed)
				throw new PipedAnswerError(
					`line ${this.io.reader.count} of the input ("${inert(read.text, {singleLine: true})}") does not answer "resume or start fresh": expected 1 or 2.`,
				);
			this.say('Please type 1 to resume, or 2 to start fresh.');
		}
	}

	async run(): Promise<PlainEnding> {
		try {
			return await this.runSteps();
		} catch (error) {
			if (!(error instanceof PipedAnswerError)) throw error;
			return {kind: 'refused', message: error.message, keptDraft: this.writeDraft(this.draftAt ?? '')};
		}
	}

	private draftAt: string | undefined;

	private stopped(reason: StopReason, at: string): PlainEnding {
		return this.writeDraft(at) ? {kind: 'draft', reason} : {kind: 'nothing', reason};
	}

	private async runSteps(): Promise<PlainEnding> {
		const {exercise} = this;
		this.say(
			inert(exercise.title, {singleLine: true}),
			inert(exercise.summary, {singleLine: true}),
			`Answer each question and press Enter. Type ? for help now, at any question.`,
		);
		let index = shownStepIndexes(exercise, {})[0];
		const draft = this.deps.drafts.read(exercise.id);
		let review = false;
		if (draft) {
			this.say('');
			const choice = await this.resumeOrFresh(draft);
			if (typeof choice === 'object') return {kind: 'draft', reason: choice.reason};
			if (choice === 'resume') {
				this.answers = fittingAnswers(exercise, draft.answers);
				this.draftKept = true;
				const shown = shownStepIndexes(exercise, this.answers);
				const at = exercise.steps.findIndex((step) => step.id === draft.at);
				review = draft.at === 'review' && shown.length > 0;
				index = at >= 0 && shown.includes(at) ? at : shown[0];
			} else {
				this.deps.drafts.remove(exercise.id);
			}
		}
		while (!review && index !== undefined) {
			const step = exercise.steps[index] as Step;
			this.draftAt = step.id;
			const stop = await this.askOne(index);
			if (stop) return this.stopped(stop.reason, step.id);
			index = nextShownIndex(exercise, this.answers, index);
			this.draftAt = index === undefined ? 'review' : (exercise.steps[index]?.id ?? 'review');
			if (kindOf(step).answers) this.writeDraft(this.draftAt);
		}
		return this.review();
	}

	/** Every answer, numbered; a number changes that one, Enter saves. */
	private async review(): Promise<PlainEnding> {
		const {exercise} = this;
		this.draftAt = 'review';
		for (;;) {
			const rows = shownStepIndexes(exercise, this.answers)
				.map((index) => exercise.steps[index] as Step)
				.filter((step) => kindOf(step).answers);
			this.say('', 'Look it over before saving. Nothing is saved until you do.');
			rows.forEach((step, number) => {
				const value = Object.hasOwn(this.answers, step.id) ? this.answers[step.id] : undefined;
				const label = inert(stepLabel(withQuotes(step, this.answers, exercise)), {singleLine: true});
				this.say(
					`  ${number + 1}. ${label}${/[?.!:]$/.test(label) ? '' : ':'} ${inert(describeAnswer(step, value, this.answers), {singleLine: true})}`,
				);
			});
			this.say(rows.length > 0 ? 'Press Enter to save, or type a number to change that answer.' : 'Press Enter to save.');
			const read = await this.read('Press Enter to save, or type a number to change that answer.');
			if (read.kind === 'stop') return this.stopped(read.reason, 'review');
			const text = read.text.trim().toLowerCase();
			if (text === '' || text === 'save' || text === 's') {
				const unfinished = firstUnfinished(exercise, this.answers);
				if (unfinished) {
					const stop = await this.askOne(unfinished.index);
					if (stop) return this.stopped(stop.reason, exercise.steps[unfinished.index]?.id ?? 'review');
					this.writeDraft('review');
					continue;
				}
				return this.save();
			}
			const number = /^\d+$/.test(text) ? Number(text) : 0;
			const step = rows[number - 1];
			if (!step) {
				if (!this.io.typed)
					throw new PipedAnswerError(
						`line ${this.io.reader.count} of the input ("${inert(read.text, {singleLine: true})}") does not answer the review: expected an empty line to save, or a number from 1 to ${rows.length}.`,
					);
				this.say(`Please press Enter to save, or type a number from 1 to ${rows.length}.`);
				continue;
			}
			const stop = await this.askOne(exercise.steps.indexOf(step));
			if (stop) return this.stopped(stop.reason, 'review');
			this.writeDraft('review');
		}
	}

	private save(): PlainEnding {
		const now = this.deps.now();
		const entry = entryFromAnswers(this.exercise, this.answers, now, this.deps.newId(now));
		try {
			this.deps.saveEntry(entry);
		} catch (error) {
			this.writeDraft('review');
			throw error;
		}
		try {
			this.deps.drafts.remove(this.exercise.id);
		} catch {
			// The entry is saved; a leftover draft is only offered again.
		}
		this.say('', ...summaryLines(this.exercise, entry, this.deps.helpAfterSave(entry)));
		return {kind: 'saved', entry};
	}
}

/** The summary after saving, as lines: the same words as the screens' summary. */
export function summaryLines(exercise: Exercise, entry: Entry, help: string[] | undefined): string[] {
	const summary = summarizeRun(exercise, entry);
	const lines = [summary.headline];
	for (const change of summary.changes)
		lines.push(`  ${inert(change.name, {singleLine: true})}: ${change.before ?? '–'} → ${change.after}`);
	if (summary.facts.length > 0) lines.push(summary.facts.join(' · '));
	if (summary.balanced) lines.push(`Balanced thought: "${inert(summary.balanced, {singleLine: true})}"`);
	if (help) lines.push('', ...help);
	lines.push(summary.next);
	return lines;
}
