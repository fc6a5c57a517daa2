import {Box} from 'ink';
import type {SelectStep} from '../../../domain/exercise/types.js';
import {OptionList} from '../../../tui/steps/option-list.js';
import type {SelectState} from './select-state.js';

export function SelectView({step, state, width, height}: {step: SelectStep; state: SelectState; width: number; height: number}) {
	return (
		<Box flexDirection="column">
			<OptionList options={step.options} cursor={state.cursor} rows={height - 2} width={width} hintAfter="  " />
		</Box>
	);
}
