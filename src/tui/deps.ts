import type {Entry} from '../domain/entry.js';
import type {IdMaker} from '../domain/entry-id.js';
import type {Exercise} from '../domain/exercise/types.js';
import type {Glance} from '../domain/glance.js';
import type {HomePlan} from '../domain/goals/home.js';
import type {HelpContent} from '../safety/help-content.js';
import type {Draft} from '../store/drafts.js';
import type {Clock} from './clock.js';

/** An exercise as the home screen lists it. */
export interface ExerciseChoice {
	exercise: Exercise;
	/** "built-in" first, then the person's own ("user"). */
	origin: 'built-in' | 'user';
}

/** What the home screen shows now, read (once) each time it is drawn anew. */
export interface HomeNow {
	glance: Glance;
	/** Goals and homework: this week's line, homework for today (none when absent). */
	plan: HomePlan;
	/** Was the last entry today a hard one? The home screen then offers riding out an urge first. */
	lastEntryHard: boolean;
}

/**
 * Everything the TUI does to the outside world, passed in: run-tui.tsx wires the
 * real store, tests pass fakes or a temp data directory.
 */
export interface TuiDeps {
	clock: Clock;
	/** Makes a new entry's id. */
	newId: IdMaker;
	saveEntry(entry: Entry): void;
	drafts: {
		read(exerciseId: string): Draft | undefined;
		write(draft: Draft): void;
		remove(exerciseId: string): void;
	};
	/** Opens text in $EDITOR and returns what was saved there; throws with a readable message if it cannot. */
	editText(text: string): Promise<string>;
	/** What help now shows (ctrl+g, and the summary after a hard entry): read when it opens. */
	helpContent(): HelpContent;
	/** After a hard entry (docs/safety.md, "After a hard entry"): the calm message to show with the summary, or undefined. */
	helpAfterSave(entry: Entry): string[] | undefined;
	/** For the home screen. */
	exercises(): ExerciseChoice[];
	/** The glance, goals and homework the home screen shows: one read of the store. */
	home(): HomeNow;
	/** Milliseconds of quiet typing before a draft is written (steps are written at once). */
	autosaveMs: number;
	/** Colour allowed (not NO_COLOR / --no-color). */
	color: boolean;
}

/** Holds the function that writes the draft now, for SIGHUP and SIGTERM. */
export interface DraftFlush {
	current: (() => void) | undefined;
}
