import {Box} from 'ink';
import type {Step} from '../../domain/exercise/types.js';
import {inert} from '../../domain/text.js';
import {Prose} from '../theme.js';
import {EmotionsView} from '../../steps/emotions/screen/emotions-view.js';
import {ListView} from '../../steps/list/screen/list-view.js';
import {MultiSelectView} from '../../steps/multi-select/screen/multi-select-view.js';
import {ScaleView} from '../../steps/scale/screen/scale-view.js';
import {SelectView} from '../../steps/select/screen/select-view.js';
import {TextView} from '../../steps/text/screen/text-view.js';
import {TimerView} from '../../steps/timer/screen/timer-view.js';
import type {WidgetState} from './widget.js';

function Widget({step, state, width, height, today}: {step: Step; state: WidgetState; width: number; height: number; today: Date}) {
	if (step.type === 'text' && state.type === 'text') return <TextView step={step} state={state} width={width} height={height} today={today} />;
	if (step.type === 'scale' && state.type === 'scale') return <ScaleView step={step} state={state} width={width} />;
	if (step.type === 'select' && state.type === 'select') return <SelectView step={step} state={state} width={width} height={height} />;
	if (step.type === 'multi-select' && state.type === 'multi-select') return <MultiSelectView step={step} state={state} width={width} height={height} />;
	if (step.type === 'list' && state.type === 'list') return <ListView step={step} state={state} width={width} height={height} />;
	if (step.type === 'emotions' && state.type === 'emotions') return <EmotionsView step={step} state={state} width={width} height={height} />;
	if (step.type === 'timer' && state.type === 'timer') return <TimerView step={step} state={state} />;
	return null;
}

/** One step: its prompt, help, and the widget for its type. */
export function StepView({step, state, width, height, today}: {step: Step; state: WidgetState; width: number; height: number; today: Date}) {
	const prompt = step.prompt;
	return (
		<Box flexDirection="column">
			{prompt ? <Prose bold>{inert(prompt)}</Prose> : null}
			{step.type === 'info' ? <Prose>{inert(step.text)}</Prose> : null}
			{step.help ? <Prose dim>{inert(step.help)}</Prose> : null}
			<Box marginTop={1} flexDirection="column">
				<Widget step={step} state={state} width={width} height={height} today={today} />
			</Box>
		</Box>
	);
}
