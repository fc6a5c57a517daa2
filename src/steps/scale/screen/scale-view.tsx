import type {ReactNode} from 'react';
import {Box, Text} from 'ink';
import type {ScaleStep} from '../../../domain/exercise/types.js';
import {inert} from '../../../domain/text.js';
import {Accent, Dim} from '../../../tui/theme.js';
import type {ScaleState} from './scale-state.js';

function labelFor(step: ScaleStep, value: number): string | undefined {
	const labels = step.labels ?? {};
	const key = String(value);
	return Object.hasOwn(labels, key) ? labels[key] : undefined;
}

/** 0 1 2 [3] 4 … with the end labels under it; a plain number and bar when the range is too wide. */
export function ScaleView({step, state, width}: {step: ScaleStep; state: ScaleState; width: number}) {
	const count = step.max - step.min + 1;
	const {value} = state;
	const current = value === undefined ? undefined : labelFor(step, value);
	const low = labelFor(step, step.min);
	const high = labelFor(step, step.max);
	let scale: ReactNode;
	if (count * 4 <= width) {
		scale = (
			<Text>
				{Array.from({length: count}, (_, offset) => {
					const number = step.min + offset;
					const cell = number === value ? `[${number}]` : ` ${number} `;
					return number === value ? <Accent key={number}>{cell.padEnd(4)}</Accent> : <Text key={number}>{cell.padEnd(4)}</Text>;
				})}
			</Text>
		);
	} else {
		const barWidth = Math.max(5, Math.min(30, width - 12));
		const filled = value === undefined ? 0 : Math.round(((value - step.min) / Math.max(1, step.max - step.min)) * barWidth);
		scale = <Text>{`${value === undefined ? '–' : value}  ${'█'.repeat(filled)}${'·'.repeat(barWidth - filled)}`}</Text>;
	}
	return (
		<Box flexDirection="column">
			{scale}
			{low || high ? (
				<Dim>{`${step.min} ${inert(low ?? '', {singleLine: true})} … ${step.max} ${inert(high ?? '', {singleLine: true})}`}</Dim>
			) : null}
			<Text>{value === undefined ? 'Not chosen yet' : `${value}${current ? ` · ${inert(current, {singleLine: true})}` : ''}`}</Text>
		</Box>
	);
}
