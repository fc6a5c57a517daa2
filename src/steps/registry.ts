/**
 * The step types cope knows, by type: the one list that the runner, the review, the
 * summary, `cope exercises show`, the saved entry and plain mode all read. A new type
 * is a folder beside this file and one line here (its schema and types are in
 * src/domain/exercise; docs/architecture.md, "How a step type is built").
 */
import type {Step, StepType} from '../domain/exercise/types.js';
import {emotionsKind} from './emotions/index.js';
import {infoKind} from './info/index.js';
import type {StepKind} from './kind.js';
import {listKind} from './list/index.js';
import {multiSelectKind} from './multi-select/index.js';
import {scaleKind} from './scale/index.js';
import {selectKind} from './select/index.js';
import {textKind} from './text/index.js';
import {timerKind} from './timer/index.js';

type Kinds = {[T in StepType]: StepKind<Extract<Step, {type: T}>>};

let kinds: Kinds | undefined;

/** Built on first use, so modules that import each other never meet a half-made table. */
function table(): Kinds {
	return (kinds ??= {
		info: infoKind,
		text: textKind,
		scale: scaleKind,
		select: selectKind,
		'multi-select': multiSelectKind,
		list: listKind,
		emotions: emotionsKind,
		timer: timerKind,
	});
}

/** Every kind, in the order of the types (for messages that list them). */
export function allKinds(): StepKind[] {
	return Object.values(table()) as StepKind[];
}

/** The kind named by a type read from a file (raw JSON), if cope knows it. */
export function kindByType(type: unknown): StepKind | undefined {
	return typeof type === 'string' && Object.hasOwn(table(), type) ? (table()[type as StepType] as StepKind) : undefined;
}

/** The kind of this step, typed for it. */
export function kindOf<S extends Step>(step: S): StepKind<S> {
	return table()[step.type as StepType] as unknown as StepKind<S>;
}
