import {dayFigures} from '../../src/domain/stats/day-figures.js';
import {join} from 'node:path';
import type {Entry} from '../../src/domain/entry.js';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {readGlance} from '../../src/store/glance.js';
import {homePlan} from '../../src/domain/goals/home.js';
import {dateToDay} from '../../src/domain/stats/days.js';
import {readGoals} from '../../src/store/goals.js';
import {deleteDraft, readDraft, writeDraft} from '../../src/store/drafts.js';
import {appendEntry} from '../../src/store/append.js';
import {readEntries} from '../../src/store/entries.js';
import {dataPaths, type DataPaths} from '../../src/store/paths.js';
import {App, type Start, type TuiOutcome} from '../../src/tui/app.js';
import type {Clock} from '../../src/tui/clock.js';
import type {DraftFlush, ExerciseChoice, TuiDeps} from '../../src/tui/deps.js';
import {ThemeContext} from '../../src/tui/theme.js';
import {HELP_ACTIONS, type HelpContent} from '../../src/safety/help-content.js';
import {makeHome} from './cli.js';
import {renderReady, type Rendered} from './ink.js';
import {entryIdMaker} from '../../src/domain/entry-id.js';
import {loadStepScreens} from '../../src/tui/steps/registry.js';

// The screens read each step type's screen part before the first frame, as runTui does.
await loadStepScreens();

/** A clock that only moves when a test says so. */
export class FakeClock implements Clock {
	time: number;
	private timers: Array<{due: number; every: number | undefined; fn: () => void; live: boolean}> = [];

	constructor(start = new Date('2026-11-25T21:40:00Z').getTime()) {
		this.time = start;
	}

	now(): number {
		return this.time;
	}

	every(ms: number, fn: () => void): () => void {
		const timer = {due: this.time + ms, every: ms, fn, live: true};
		this.timers.push(timer);
		return () => {
			timer.live = false;
		};
	}

	after(ms: number, fn: () => void): () => void {
		const timer = {due: this.time + ms, every: undefined, fn, live: true};
		this.timers.push(timer);
		return () => {
			timer.live = false;
		};
	}

	/** Moves time on, firing every timer that falls due, in order. */
	advance(ms: number): void {
		const end = this.time + ms;
		for (;;) {
			this.timers = this.timers.filter((timer) => timer.live);
			const next = this.timers.filter((timer) => timer.due <= end).sort((a, b) => a.due - b.due)[0];
			if (!next) break;
			this.time = Math.max(this.time, next.due);
			if (next.every === undefined) next.live = false;
			else next.due += next.every;
			next.fn();
		}
		this.time = end;
	}
}

export interface Harness {
	rendered: Rendered;
	deps: TuiDeps;
	clock: FakeClock;
	paths: DataPaths;
	flush: DraftFlush;
	/** Resolves when the TUI exits. */
	outcome: Promise<TuiOutcome>;
	/** Entries on disk now. */
	entries(): Entry[];
	edits: string[];
	cleanup(): void;
}

export interface HarnessOptions {
	exercises?: Exercise[];
	/** The home screen's list, with origins (default: `exercises`, all built-in). */
	choices?: ExerciseChoice[];
	/** What the fake $EDITOR returns for the text it is given. */
	editor?: (text: string) => string;
	home?: string;
	clock?: FakeClock;
	/** Where to turn, as help now lists it (default: Samaritans). */
	helpLines?: string[];
	/** The whole help now content (overrides helpLines). */
	help?: HelpContent;
	lastEntryHard?: boolean;
	helpAfterSave?: (entry: Entry) => string[] | undefined;
	color?: boolean;
}

/** The App wired to a temp data directory (the real store), a fake clock and a fake editor. */
export async function startTui(start: Start, options: HarnessOptions = {}): Promise<Harness> {
	const made = options.home === undefined ? makeHome() : {home: options.home, cleanup: () => {}};
	const paths = dataPaths(made.home);
	const clock = options.clock ?? new FakeClock();
	const edits: string[] = [];
	const choices: ExerciseChoice[] =
		options.choices ??
		(options.exercises ?? (start.kind === 'exercise' ? [start.exercise] : [])).map((exercise) => ({exercise, origin: 'built-in'}));
	const deps: TuiDeps = {
		clock,
		newId: entryIdMaker(Math.random),
		saveEntry: (entry) => appendEntry(paths, entry),
		drafts: {read: (id) => readDraft(paths, id), write: (draft) => writeDraft(paths, draft), remove: (id) => deleteDraft(paths, id)},
		editText: async (text) => {
			edits.push(text);
			if (!options.editor) throw new Error('Could not open your editor (none).');
			return options.editor(text);
		},
		helpContent: () =>
			options.help ?? {
				reach: (options.helpLines ?? ['Samaritans 116 123 (free, 24/7)']).map((text) => ({text})),
				plan: [],
				actions: HELP_ACTIONS,
			},
		helpAfterSave: options.helpAfterSave ?? (() => undefined),
		exercises: () => choices,
		// The goals line from every entry's figures, not only the glance's: the same this week.
		home: () => {
			const today = dateToDay(new Date(clock.now()));
			return {
				glance: readGlance(paths, today).glance,
				plan: homePlan(readGoals(paths).goals, dayFigures(readEntries(paths).entries), today),
				lastEntryHard: options.lastEntryHard ?? false,
			};
		},
		autosaveMs: 500,
		color: options.color ?? false,
	};
	const flush: DraftFlush = {current: undefined};
	let resolveOutcome: (outcome: TuiOutcome) => void = () => {};
	const outcome = new Promise<TuiOutcome>((resolve) => (resolveOutcome = resolve));
	const rendered = await renderReady(
		<ThemeContext.Provider value={{color: deps.color}}>
			<App start={start} deps={deps} flush={flush} onExit={resolveOutcome} />
		</ThemeContext.Provider>,
	);
	return {
		rendered,
		deps,
		clock,
		paths,
		flush,
		outcome,
		entries: () => readEntries(paths).entries,
		edits,
		cleanup: () => {
			rendered.unmount();
			made.cleanup();
		},
	};
}

export function draftFile(paths: DataPaths, id: string): string {
	return join(paths.drafts, `${id}.json`);
}
