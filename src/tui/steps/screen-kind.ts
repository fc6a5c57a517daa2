import type {ReactNode} from 'react';
import type {Answers, Step, StepValue} from '../../domain/exercise/types.js';
import type {KeyEvent} from '../keymap.js';
import type {KeyResult, WidgetContext} from './types.js';

/** The state of whichever widget the current step shows: each type's own, tagged with the type. */
export interface WidgetState {
	type: Step['type'];
}

export interface WidgetProps<S extends Step, W> {
	step: S;
	state: W;
	width: number;
	height: number;
	today: Date;
}

/**
 * A step type in the screens: its widget's state, keys and view. One per type, in
 * src/steps/<type>/screen/index.ts, listed in ./registry.ts (docs/architecture.md,
 * "How a step type is built").
 */
export interface StepScreen<S extends Step, W extends WidgetState> {
	init(step: S, value: StepValue | undefined, answers: Answers): W;
	key(state: W, event: KeyEvent, step: S, context: WidgetContext): KeyResult<W>;
	/** The answer the widget holds now (also mid-way, for drafts and going back). */
	value(state: W, step: S): StepValue | undefined;
	/** The keys line (UX: the keys that work now, at the bottom of every screen). */
	hints(step: S, state: W): string[];
	/** Text shown between the prompt and the help (an info step's text). */
	body?(step: S): string | undefined;
	/** Draws the widget under the prompt; none for a step that only shows text. */
	View?(props: WidgetProps<S, W>): ReactNode;
	/** Time passing, for a widget that counts (a timer). */
	tick?(state: W, step: S, now: number): W;
	needsTicks?(state: W): boolean;
	/** Help opened over the widget: stop counting until it closes. */
	pause?(state: W): W;
	/** The text Ctrl+E opens in $EDITOR, or undefined where an editor makes no sense. */
	editorText?(state: W): string | undefined;
	fromEditor?(state: W, step: S, text: string): W;
}
