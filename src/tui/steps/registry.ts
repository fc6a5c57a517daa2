/**
 * The step types in the screens: each type's screen part, from the one registry
 * (src/steps/registry.ts) that every part of cope reads. A kind gives its screen part
 * through an import(), so plain mode and the commands never load Ink; they are all read
 * before an exercise is drawn (loadStepScreens; the runner waits for them, useStepScreens),
 * and the runner then finds them here at once (docs/architecture.md, "How a step type is built").
 */
import {useEffect, useState} from 'react';
import type {Step, StepType} from '../../domain/exercise/types.js';
import {allKinds} from '../../steps/registry.js';
import type {StepScreen, WidgetState} from './screen-kind.js';

let screens: Map<StepType, StepScreen<Step, WidgetState>> | undefined;
let loading: Promise<void> | undefined;

/**
 * Reads every step type's screen part, once: runTui awaits it before an exercise's first frame,
 * and starts it just after the home screen's (which needs none of them).
 */
export function loadStepScreens(): Promise<void> {
	return (loading ??= (async () => {
		screens = new Map(
			await Promise.all(
				allKinds().map(async (kind) => [kind.type, (await kind.screen()) as unknown as StepScreen<Step, WidgetState>] as const),
			),
		);
	})());
}

/** Are the step screens read? Until they are, this reads them and then draws again. */
export function useStepScreens(): boolean {
	const [loaded, setLoaded] = useState(() => screens !== undefined);
	useEffect(() => {
		if (!loaded) void loadStepScreens().then(() => setLoaded(true));
	}, [loaded]);
	return loaded;
}

/** This step's screen part, loosely typed: the caller pairs a step with the state its own type made. */
export function screenOf(step: Step): StepScreen<Step, WidgetState> {
	const screen = screens?.get(step.type);
	if (screen === undefined) throw new Error(`the step screens are not loaded (await loadStepScreens() first): ${step.type}`);
	return screen;
}
