import {Box} from 'ink';
import type {MultiSelectStep} from '../../../domain/exercise/types.js';
import {Dim} from '../../../tui/theme.js';
import {OptionList} from '../../../tui/steps/option-list.js';
import type {MultiSelectState} from './multi-select-state.js';

export function MultiSelectView({
	step,
	state,
	width,
	height,
}: {
	step: MultiSelectStep;
	state: MultiSelectState;
	width: number;
	height: number;
}) {
	const limits = [step.min === undefined ? '' : `at least ${step.min}`, step.max === undefined ? '' : `up to ${step.max}`]
		.filter(Boolean)
		.join(', ');
	return (
		<Box flexDirection="column">
			<OptionList
				options={step.options}
				cursor={state.cursor}
				rows={height - 3}
				width={width}
				mark={(option) => (state.chosen.includes(option.value) ? '[x]' : '[ ]')}
				hintAfter=" — "
			/>
			<Dim>{`${state.chosen.length} chosen${limits ? ` (${limits})` : ''}`}</Dim>
		</Box>
	);
}
