import {Text} from 'ink';
import type {SelectOption} from '../../domain/exercise/types.js';
import {inert, wrappedLines} from '../../domain/text.js';
import {windowByLines} from '../hooks/use-columns.js';
import {Accent, Dim} from '../theme.js';

/**
 * The options of a select or multi-select step, scrolled to keep the cursor in view
 * within `rows` lines of `width` cells (an option whose hint wraps takes more than one):
 * "❯" at the cursor, each option's `mark` (multi-select's [x]) and its hint after `hintAfter`.
 */
export function OptionList({
	options,
	cursor,
	rows,
	width,
	mark,
	hintAfter,
}: {
	options: readonly SelectOption[];
	cursor: number;
	rows: number;
	width: number;
	mark?: (option: SelectOption) => string;
	hintAfter: string;
}) {
	const shown = options.map((option, index) => ({
		option,
		label: `${index === cursor ? '❯' : ' '} ${mark ? `${mark(option)} ` : ''}${inert(option.label, {singleLine: true})}`,
		hint: option.hint ? `${hintAfter}${inert(option.hint, {singleLine: true})}` : '',
	}));
	const {start, end} = windowByLines(
		shown.map(({label, hint}) => wrappedLines(label + hint, width)),
		cursor,
		rows,
	);
	return (
		<>
			{start > 0 ? <Dim>{`  ↑ ${start} more`}</Dim> : null}
			{shown.slice(start, end).map(({option, label, hint}, offset) => (
				<Text key={option.value}>
					{start + offset === cursor ? <Accent>{label}</Accent> : label}
					{hint ? <Dim>{hint}</Dim> : null}
				</Text>
			))}
			{end < options.length ? <Dim>{`  ↓ ${options.length - end} more`}</Dim> : null}
		</>
	);
}
