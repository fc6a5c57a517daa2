/**
 * The step types in the screens: each type's screen part, from the one registry
 * (src/steps/registry.ts) that every part of cope reads. A kind gives its screen part
 * through an import(), so plain mode and the commands never load Ink; runTui reads them
 * all before the first frame (loadStepScreens), and the runner then finds them here at
 * once (docs/architecture.md, "How a step type is built").
 */
import type {Step, StepType} from '../../domain/exercise/types.js';
import {allKinds} from '../../steps/registry.js';
import type {StepScreen, WidgetState} from './screen-kind.js';

let screens: Map<StepType, StepScreen<Step, WidgetState>> | undefined;

/** Reads every step type's screen part: awaited once, before anything is drawn. */
export async function loadStepScreens(): Promise<void> {
	screens ??= new Map(
		await Promise.all(
			allKinds().map(async (kind) => [kind.type, (await kind.screen()) as unknown as StepScreen<Step, WidgetState>] as const),
		),
	);
}

/** This step's screen part, loosely typed: the caller pairs a step with the state its own type made. */
export function screenOf(step: Step): StepScreen<Step, WidgetState> {
	const screen = screens?.get(step.type);
	if (screen === undefined) throw new Error(`the step screens are not loaded (await loadStepScreens() first): ${step.type}`);
	return screen;
}
