import {cleanup} from 'ink-testing-library';
import {afterEach, expect, it} from 'vitest';
import {KEYS, press, waitForText} from '../helpers/ink.js';
import {activityExercise} from '../helpers/fortnight.js';
import {startTui, type Harness} from '../helpers/tui.js';

const harnesses: Harness[] = [];
afterEach(() => {
	cleanup();
	for (const harness of harnesses.splice(0)) harness.cleanup();
});

it('a prompt quotes the answer of an earlier step, as the person typed it', async () => {
	const h = await startTui({kind: 'exercise', exercise: activityExercise()});
	harnesses.push(h);
	await waitForText(h.rendered, 'What could you do today?');
	await press(h.rendered, 'walk', KEYS.enter, 'call Sam', KEYS.enter, KEYS.enter);
	await waitForText(h.rendered, 'When and where will you do walk, call Sam?');
	expect(h.rendered.lastFrame()).not.toContain('{activities}');
	// The review names each answer by its label, or its question as asked.
	await press(h.rendered, 'after lunch', KEYS.enter, KEYS.enter, '4', KEYS.enter);
	await waitForText(h.rendered, 'Take two minutes to settle before you start on walk, call Sam.');
});
