import {Box, Text} from 'ink';
import type {Entry} from '../../domain/entry.js';
import {summarizeRun} from '../../domain/exercise/run-summary.js';
import type {Exercise} from '../../domain/exercise/types.js';
import {cellsOf, inert, padCells} from '../../domain/text.js';
import {actionKeys, type HelpContent, wrapWords} from '../../safety/help-content.js';
import {Strong, Prose} from '../theme.js';

/** After saving: a warm line, feelings before → after, the balanced thought (docs/tui.md, "Before saving: the review"). */
/**
 * @param help The calm message after a hard entry (docs/safety.md, "After a hard entry"), shown here at once
 * rather than only when the screen closes.
 */
export function SummaryView({
	exercise,
	entry,
	help,
	offer,
	width = 78,
}: {
	exercise: Exercise;
	entry: Entry;
	help?: string[] | undefined;
	offer?: HelpContent | undefined;
	width?: number;
}) {
	const summary = summarizeRun(exercise, entry);
	// In terminal cells, so feelings named in CJK line up with the others.
	const names = summary.changes.map((change) => inert(change.name, {singleLine: true}));
	const nameWidth = Math.min(16, Math.max(0, ...names.map((name) => cellsOf(name))));
	return (
		<Box flexDirection="column">
			<Strong>{summary.headline}</Strong>
			{summary.changes.length > 0 ? (
				<Box flexDirection="column" marginTop={1}>
					{summary.changes.map((change, index) => (
						<Text key={change.name}>{`  ${padCells(names[index] ?? '', nameWidth)}  ${change.before ?? '–'} → ${change.after}`}</Text>
					))}
				</Box>
			) : null}
			{summary.facts.length > 0 ? <Prose>{summary.facts.join(' · ')}</Prose> : null}
			{summary.balanced ? (
				<Box marginTop={1}>
					<Prose>{`Balanced thought: "${inert(summary.balanced, {singleLine: true})}"`}</Prose>
				</Box>
			) : null}
			{help ? (
				<Box flexDirection="column" marginTop={1}>
					{help.map((line) => (
						<Prose key={line}>{line}</Prose>
					))}
				</Box>
			) : null}
			{offer ? (
				<Box flexDirection="column" marginTop={1}>
					<Text>Something you could start now, by one key:</Text>
					{wrapWords(actionKeys(offer.actions).join(' · '), width, '  ').map((line) => (
						<Text key={line}>{`  ${line.trimStart()}`}</Text>
					))}
				</Box>
			) : (
				<Box marginTop={1}>
					<Prose dim>{summary.next}</Prose>
				</Box>
			)}
		</Box>
	);
}
