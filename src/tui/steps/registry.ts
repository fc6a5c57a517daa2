/**
 * The step types in the screens, by type: the runner reads this list, never
 * `step.type`. The screen half of src/steps/registry.ts (kept apart so that plain
 * mode and the fast paths never load Ink); docs/architecture.md, "How a step type is built".
 */
import type {Step, StepType} from '../../domain/exercise/types.js';
import {emotionsScreen} from '../../steps/emotions/screen/index.js';
import {infoScreen} from '../../steps/info/screen/index.js';
import {listScreen} from '../../steps/list/screen/index.js';
import {multiSelectScreen} from '../../steps/multi-select/screen/index.js';
import {scaleScreen} from '../../steps/scale/screen/index.js';
import {selectScreen} from '../../steps/select/screen/index.js';
import {textScreen} from '../../steps/text/screen/index.js';
import {timerScreen} from '../../steps/timer/screen/index.js';
import type {StepScreen, WidgetState} from './screen-kind.js';

type Screens = {[T in StepType]: StepScreen<Extract<Step, {type: T}>, WidgetState & {type: T}>};

let screens: Screens | undefined;

function table(): Screens {
	return (screens ??= {
		info: infoScreen,
		text: textScreen,
		scale: scaleScreen,
		select: selectScreen,
		'multi-select': multiSelectScreen,
		list: listScreen,
		emotions: emotionsScreen,
		timer: timerScreen,
	});
}

/** This step's screen part, loosely typed: the caller pairs a step with the state its own type made. */
export function screenOf(step: Step): StepScreen<Step, WidgetState> {
	return table()[step.type] as unknown as StepScreen<Step, WidgetState>;
}
