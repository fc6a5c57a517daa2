import {Box} from 'ink';
import type {Step} from '../../domain/exercise/types.js';
import {inert} from '../../domain/text.js';
import {Prose} from '../theme.js';
import {screenOf} from './registry.js';
import type {WidgetState} from './screen-kind.js';
import {stepBody} from './widget.js';

function Widget({step, state, width, height, today}: {step: Step; state: WidgetState; width: number; height: number; today: Date}) {
	const View = screenOf(step).View;
	return View && state.type === step.type ? <View step={step} state={state} width={width} height={height} today={today} /> : null;
}

/** One step: its prompt, help, and the widget for its type. */
export function StepView({
	step,
	state,
	width,
	height,
	today,
}: {
	step: Step;
	state: WidgetState;
	width: number;
	height: number;
	today: Date;
}) {
	const prompt = step.prompt;
	const body = stepBody(step);
	return (
		<Box flexDirection="column">
			{prompt ? <Prose bold>{inert(prompt)}</Prose> : null}
			{body ? <Prose>{inert(body)}</Prose> : null}
			{step.help ? <Prose dim>{inert(step.help)}</Prose> : null}
			<Box marginTop={1} flexDirection="column">
				<Widget step={step} state={state} width={width} height={height} today={today} />
			</Box>
		</Box>
	);
}
