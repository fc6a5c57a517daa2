import {cleanup, render} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import type {Entry} from '../../src/domain/entry.js';
import type {Exercise} from '../../src/domain/exercise/types.js';
import {cellsOf} from '../../src/domain/text.js';
import {loadBuiltInExercises} from '../../src/store/exercises.js';
import {SummaryView} from '../../src/tui/runner/summary-view.js';
import {plain} from '../helpers/ink.js';

afterEach(() => cleanup());

const thoughtRecord = loadBuiltInExercises().exercises.find((exercise) => exercise.id === 'thought-record') as Exercise;

it('lines feelings up by terminal cells, CJK names too', () => {
	const entry: Entry = {
		v: 1,
		id: '01KAB00000000000000000000A',
		at: '2026-11-20T21:40:00+00:00',
		type: 'thought-record',
		exercise: 'thought-record',
		created: '2026-11-20T21:40:00+00:00',
		tags: [],
		values: {emotions: {anxious: 78, 悲しい: 60}, rerate: {anxious: 40, 悲しい: 50}},
	};
	const {lastFrame} = render(<SummaryView exercise={thoughtRecord} entry={entry} />);
	const rows = plain(lastFrame())
		.split('\n')
		.filter((line) => line.includes('→'));
	expect(rows).toHaveLength(2);
	const arrowAt = rows.map((row) => cellsOf(row.slice(0, row.indexOf('→'))));
	expect(arrowAt[0]).toBe(arrowAt[1]);
});

it('after the safety plan, points to the plan rather than the report', () => {
	const plan = loadBuiltInExercises().exercises.find((exercise) => exercise.id === 'safety-plan') as Exercise;
	const entry: Entry = {
		v: 1,
		id: '01KAB00000000000000000000B',
		at: '2026-11-20T21:40:00+00:00',
		type: 'safety-plan',
		exercise: 'safety-plan',
		created: '2026-11-20T21:40:00+00:00',
		tags: [],
		values: {'warning-signs': ['not sleeping']},
	};
	const frame = plain(render(<SummaryView exercise={plan} entry={entry} />).lastFrame());
	expect(frame).toContain('Your plan is there whenever you need it: cope plan, and in help now');
	expect(frame).not.toContain('cope report');
	expect(
		plain(
			render(
				<SummaryView exercise={thoughtRecord} entry={{...entry, type: 'thought-record', exercise: 'thought-record', values: {}}} />,
			).lastFrame(),
		),
	).toContain('See how things go over time: cope report');
});
