import {describe, expect, it} from 'vitest';
import {validateExercise} from '../../src/domain/exercise/validate.js';
import {sampleExercise, sampleWith} from '../helpers/exercise.js';

/** The problems for an exercise (none if it is valid). */
function problems(value: unknown): string[] {
	const result = validateExercise(value, 'my.json');
	return result.ok ? [] : result.problems;
}

// Steps of sampleExercise(): 0 intro (info), 1 feel (scale 0–10), 2 pick (select a/b),
// 3 many (multi-select x/y), 4 items (list), 5 feelings (emotions), 6 words (text), 7 breathe (timer).

describe('validateExercise: the whole exercise', () => {
	it('accepts a valid exercise and returns a copy of it', () => {
		const input = sampleExercise();
		const result = validateExercise(input, 'my.json');
		expect(result).toEqual({ok: true, exercise: input});
		if (result.ok) expect(result.exercise).not.toBe(input);
	});

	it('words the example of the spec exactly', () => {
		const input = sampleWith((e) => {
			e.steps.splice(3, 0, {id: 'ten', type: 'scale', prompt: 'How many?', min: 0, max: 'ten'});
		});
		expect(problems(input)).toEqual(['my.json: steps[3].max: expected an integer greater than min (0), got "ten"']);
	});

	it('accepts $schema (for editors) and leaves it out of the exercise', () => {
		const result = validateExercise({...sampleExercise(), $schema: './schema.json'}, 'my.json');
		expect(result.ok).toBe(true);
		if (result.ok) expect(Object.keys(result.exercise)).not.toContain('$schema');
	});

	it('refuses something that is not an object', () => {
		expect(problems([1, 2])).toEqual([
			'my.json: top level: expected an exercise (a JSON object with format, id, title, summary and steps), got a list',
		]);
		expect(problems('hello')).toEqual([
			'my.json: top level: expected an exercise (a JSON object with format, id, title, summary and steps), got "hello"',
		]);
		expect(problems(null)).toEqual([
			'my.json: top level: expected an exercise (a JSON object with format, id, title, summary and steps), got null',
		]);
	});

	it('names missing fields', () => {
		const {title: _title, ...rest} = sampleExercise();
		expect(problems(rest)).toEqual(['my.json: title: expected non-empty text (up to 80 characters), but it is missing']);
	});

	it('says a file of a newer format was written for a newer cope, and nothing else', () => {
		expect(problems({format: 2, id: 'x', brandNewThing: true})).toEqual([
			'my.json: format: expected 1, got 2: this file was written for a newer cope; update cope to use it',
		]);
	});

	it('refuses a format that is not 1', () => {
		expect(problems({...sampleExercise(), format: '1'})).toEqual(['my.json: format: expected 1, got "1"']);
		expect(problems({...sampleExercise(), format: 0})).toEqual(['my.json: format: expected 1, got 0']);
	});

	it('checks the exercise id and kind', () => {
		expect(problems({...sampleExercise(), id: 'Worry Time'})).toEqual([
			'my.json: id: expected an id of lower-case letters, digits and - (up to 64 characters, like "worry-time"), got "Worry Time"',
		]);
		expect(problems({...sampleExercise(), kind: 'thought_record'})).toEqual([
			'my.json: kind: expected a kind of lower-case letters, digits and - (up to 64 characters, like "thought-record"), got "thought_record"',
		]);
	});

	it('names an unknown key and suggests the likely one', () => {
		const {title, ...rest} = sampleExercise();
		expect(problems({...rest, titel: title})).toEqual([
			'my.json: title: expected non-empty text (up to 80 characters), but it is missing',
			'my.json: titel: unknown key; did you mean "title"?',
		]);
	});

	it('lists the accepted keys when an unknown key looks like none of them', () => {
		expect(problems({...sampleExercise(), colour: 'blue'})).toEqual([
			'my.json: colour: unknown key; expected only $schema, format, id, title, summary, kind, minutes, steps',
		]);
	});

	it('names unknown keys inside steps, per step type', () => {
		const input = sampleWith((e) => {
			e.steps[6] = {id: 'words', type: 'text', promt: 'Write', multiline: true};
		});
		expect(problems(input)).toEqual([
			'my.json: steps[6].prompt: expected non-empty text (up to 500 characters), but it is missing',
			'my.json: steps[6].promt: unknown key; did you mean "prompt"?',
		]);
		const scale = sampleWith((e) => {
			Object.assign(e.steps[1] as object, {multiline: true});
		});
		expect(problems(scale)).toEqual([
			'my.json: steps[1].multiline: unknown key; expected only id, label, help, required, when, type, prompt, min, max, labels, default, metric, rerate',
		]);
	});

	it('refuses a step type cope does not know', () => {
		const input = sampleWith((e) => {
			e.steps[1] = {id: 'feel', type: 'slider', prompt: 'How?'};
		});
		expect(problems(input)).toEqual([
			'my.json: steps[1].type: expected one of info, text, scale, select, multi-select, list, emotions, timer, got "slider"',
		]);
	});

	it('refuses a step that is not an object', () => {
		const input = sampleWith((e) => {
			(e.steps as unknown[])[2] = 'pick';
		});
		expect(problems(input)).toEqual(['my.json: steps[2]: expected a step (an object with id, type and prompt), got "pick"']);
	});

	it('needs at least one step', () => {
		expect(problems({...sampleExercise(), steps: []})).toEqual(['my.json: steps: expected a list of 1 to 100 steps, got an empty list']);
	});

	it('lists problems top level first, then step by step', () => {
		const input = sampleWith((e) => {
			(e.steps[7] as {rounds?: number}).rounds = 0;
			(e.steps[1] as {max?: number}).max = 0;
			e['minutes'] = 0;
		});
		expect(problems(input)).toEqual([
			'my.json: minutes: expected an integer from 1 to 600, got 0',
			'my.json: steps[1].max: expected an integer greater than min (0), got 0',
			'my.json: steps[7].rounds: expected an integer from 1 to 100, got 0',
		]);
	});
});

describe('validateExercise: step ids', () => {
	it('needs step ids of lower-case letters, digits and -', () => {
		const input = sampleWith((e) => {
			(e.steps[6] as {id: string}).id = 'My Words';
		});
		expect(problems(input)).toEqual([
			'my.json: steps[6].id: expected an id of lower-case letters, digits and - (up to 64 characters, like "hot-thought"), got "My Words"',
		]);
	});

	it('needs step ids to be unique', () => {
		const input = sampleWith((e) => {
			(e.steps[6] as {id: string}).id = 'feel';
		});
		expect(problems(input)).toEqual(['my.json: steps[6].id: expected an id no other step has, got "feel" (steps[1] has it too)']);
	});
});

describe('validateExercise: scale steps', () => {
	const withScale = (change: Record<string, unknown>) => sampleWith((e) => Object.assign(e.steps[1] as object, change));

	it('needs min < max', () => {
		expect(problems(withScale({min: 5, max: 5}))).toEqual(['my.json: steps[1].max: expected an integer greater than min (5), got 5']);
		expect(problems(withScale({min: 5, max: 1}))).toEqual(['my.json: steps[1].max: expected an integer greater than min (5), got 1']);
	});

	it('needs integers for min and max', () => {
		expect(problems(withScale({min: 0.5}))).toEqual(['my.json: steps[1].min: expected an integer from -1000 to 1000, got 0.5']);
	});

	it('needs the default within the range', () => {
		expect(problems(withScale({default: 11}))).toEqual([
			'my.json: steps[1].default: expected an integer from min to max (0 to 10), got 11',
		]);
		expect(problems(withScale({default: 'low'}))).toEqual([
			'my.json: steps[1].default: expected an integer from min to max (0 to 10), got "low"',
		]);
		expect(problems(withScale({default: 0}))).toEqual([]);
	});

	it('needs label keys that are integers within the range', () => {
		expect(problems(withScale({labels: {'0': 'low', '10': 'high', '11': 'higher'}}))).toEqual([
			'my.json: steps[1].labels["11"]: expected a key that is an integer from min to max (0 to 10), got "11"',
		]);
		expect(problems(withScale({labels: {low: 'low'}}))).toEqual([
			'my.json: steps[1].labels.low: expected a key that is an integer from min to max (0 to 10), got "low"',
		]);
		expect(problems(withScale({labels: {'05': 'middle'}}))).toEqual([
			'my.json: steps[1].labels["05"]: expected a key that is an integer from min to max (0 to 10), got "05"',
		]);
		expect(problems(withScale({min: -2, max: 2, labels: {'-2': 'worse', '2': 'better'}}))).toEqual([]);
	});

	it('needs a metric name like an id', () => {
		expect(problems(withScale({metric: 'My Mood'}))).toEqual([
			'my.json: steps[1].metric: expected a name of lower-case letters, digits and - (up to 40 characters, like "mood"), got "My Mood"',
		]);
	});
});

describe('validateExercise: choices and lists', () => {
	it('needs select options', () => {
		const input = sampleWith((e) => Object.assign(e.steps[2] as object, {options: []}));
		expect(problems(input)).toEqual(['my.json: steps[2].options: expected a list of 1 to 50 options, got an empty list']);
	});

	it('needs option values to be unique', () => {
		const input = sampleWith((e) =>
			Object.assign(e.steps[2] as object, {
				options: [
					{value: 'a', label: 'A'},
					{value: 'a', label: 'Also A'},
				],
			}),
		);
		expect(problems(input)).toEqual([
			'my.json: steps[2].options[1].value: expected a value no other option has, got "a" (options[0] has it too)',
		]);
	});

	it('needs min <= max on a multi-select', () => {
		const input = sampleWith((e) => Object.assign(e.steps[3] as object, {min: 2, max: 1}));
		expect(problems(input)).toEqual(['my.json: steps[3].max: expected an integer no less than min (2), got 1']);
	});

	it('needs a multi-select min and max within the number of options', () => {
		const input = sampleWith((e) => Object.assign(e.steps[3] as object, {min: 3}));
		expect(problems(input)).toEqual(['my.json: steps[3].min: expected at most the number of options (2), got 3']);
	});

	it('needs min <= max on a list', () => {
		const input = sampleWith((e) => Object.assign(e.steps[4] as object, {min: 3, max: 2}));
		expect(problems(input)).toEqual(['my.json: steps[4].max: expected an integer no less than min (3), got 2']);
		const typed = sampleWith((e) => Object.assign(e.steps[4] as object, {min: 3, max: 'lots'}));
		expect(problems(typed)).toEqual(['my.json: steps[4].max: expected an integer no less than min (3), got "lots"']);
	});

	it('needs emotion suggestions to differ', () => {
		const input = sampleWith((e) => Object.assign(e.steps[5] as object, {suggestions: ['sad', 'Sad']}));
		expect(problems(input)).toEqual([
			'my.json: steps[5].suggestions[1]: expected a feeling not already suggested, got "Sad" (suggestions[0] has it)',
		]);
	});
});

describe('validateExercise: re-rating', () => {
	it('needs rerate to name an earlier step', () => {
		const later = sampleWith((e) => {
			e.steps.splice(5, 0, {id: 'again', type: 'emotions', prompt: 'Now?', rerate: 'feelings'});
		});
		expect(problems(later)).toEqual([
			'my.json: steps[5].rerate: expected the id of an earlier emotions step, got "feelings" (that step comes later, at steps[6])',
		]);
		const unknown = sampleWith((e) => {
			e.steps.push({id: 'again', type: 'emotions', prompt: 'Now?', rerate: 'feelingz'});
		});
		expect(problems(unknown)).toEqual([
			'my.json: steps[8].rerate: expected the id of an earlier emotions step, got "feelingz" (no step has that id)',
		]);
	});

	it('lets a scale re-rate an earlier scale of the same range, under its metric', () => {
		const ok = sampleWith((e) => {
			Object.assign(e.steps[1] as object, {metric: 'urge'});
			e.steps.push({id: 'again', type: 'scale', prompt: 'Now?', min: 0, max: 10, rerate: 'feel'});
		});
		expect(problems(ok)).toEqual([]);
		const notScale = sampleWith((e) => {
			e.steps.push({id: 'again', type: 'scale', prompt: 'Now?', min: 0, max: 10, rerate: 'pick'});
		});
		expect(problems(notScale)).toEqual(['my.json: steps[8].rerate: expected the id of an earlier scale step, got "pick" (a select step)']);
		const later = sampleWith((e) => {
			e.steps.splice(1, 0, {id: 'again', type: 'scale', prompt: 'Now?', min: 0, max: 10, rerate: 'feel'});
		});
		expect(problems(later)).toEqual([
			'my.json: steps[1].rerate: expected the id of an earlier scale step, got "feel" (that step comes later, at steps[2])',
		]);
		const otherRange = sampleWith((e) => {
			e.steps.push({id: 'again', type: 'scale', prompt: 'Now?', min: 0, max: 100, rerate: 'feel'});
		});
		expect(problems(otherRange)).toEqual(['my.json: steps[8].max: expected 10, the max of "feel" that this step re-rates, got 100']);
		const ownMetric = sampleWith((e) => {
			Object.assign(e.steps[1] as object, {metric: 'urge'});
			e.steps.push({id: 'again', type: 'scale', prompt: 'Now?', min: 0, max: 10, rerate: 'feel', metric: 'urge-after'});
		});
		expect(problems(ownMetric)).toEqual([
			'my.json: steps[8].metric: expected no metric (a re-rating is recorded as "urge", the metric of "feel"), got "urge-after"',
		]);
	});

	it('compares a scale with an earlier one in a condition (lowerThan, notLowerThan)', () => {
		const withSecond = (when: object) =>
			sampleWith((e) => {
				e.steps.push(
					{id: 'again', type: 'scale', prompt: 'Now?', min: 0, max: 10, rerate: 'feel'},
					{id: 'eased', type: 'info', text: 'It eased.', when},
				);
			});
		expect(problems(withSecond({step: 'again', lowerThan: 'feel'}))).toEqual([]);
		expect(problems(withSecond({step: 'again', notLowerThan: 'feel'}))).toEqual([]);
		expect(problems(withSecond({step: 'again', lowerThan: 'pick'}))).toEqual([
			'my.json: steps[9].when.lowerThan: expected the id of an earlier scale step, got "pick" (a select step)',
		]);
		expect(problems(withSecond({step: 'pick', lowerThan: 'feel'}))).toEqual([
			'my.json: steps[9].when.lowerThan: expected "pick" to be a scale step to compare with lowerThan, got a select step',
		]);
	});

	it('needs rerate to name an emotions step', () => {
		const input = sampleWith((e) => {
			e.steps.push({id: 'again', type: 'emotions', prompt: 'Now?', rerate: 'feel'});
		});
		expect(problems(input)).toEqual(['my.json: steps[8].rerate: expected the id of an earlier emotions step, got "feel" (a scale step)']);
	});

	it('accepts rerate of an earlier emotions step', () => {
		const input = sampleWith((e) => {
			e.steps.push({id: 'again', type: 'emotions', prompt: 'Now?', rerate: 'feelings'});
		});
		expect(problems(input)).toEqual([]);
	});
});

describe('validateExercise: conditions (when)', () => {
	const withWhen = (when: unknown) => sampleWith((e) => Object.assign(e.steps[6] as object, {when}));

	it('accepts each comparator on a step of the right type', () => {
		expect(problems(withWhen({step: 'feel', gte: 7}))).toEqual([]);
		expect(problems(withWhen({step: 'feel', lte: 3}))).toEqual([]);
		expect(problems(withWhen({step: 'pick', eq: 'b'}))).toEqual([]);
		expect(problems(withWhen({step: 'many', includes: 'x'}))).toEqual([]);
		expect(problems(withWhen({step: 'items', includes: 'milk'}))).toEqual([]);
	});

	it('needs exactly one comparator', () => {
		expect(problems(withWhen({step: 'feel', gte: 3, lte: 7}))).toEqual([
			'my.json: steps[6].when: expected exactly one of gte, lte, eq, includes, lowerThan, notLowerThan, got gte and lte',
		]);
		expect(problems(withWhen({step: 'feel'}))).toEqual([
			'my.json: steps[6].when: expected exactly one of gte, lte, eq, includes, lowerThan, notLowerThan, got none',
		]);
	});

	it('needs when.step to name an earlier step', () => {
		expect(problems(withWhen({step: 'breathe', eq: 60}))).toEqual([
			'my.json: steps[6].when.step: expected the id of an earlier step, got "breathe" (that step comes later, at steps[7])',
		]);
		expect(problems(withWhen({step: 'words', eq: 'x'}))).toEqual([
			'my.json: steps[6].when.step: expected the id of an earlier step, got "words" (that is this step)',
		]);
		expect(problems(withWhen({step: 'nope', eq: 'x'}))).toEqual([
			'my.json: steps[6].when.step: expected the id of an earlier step, got "nope" (no step has that id)',
		]);
	});

	it('compares with gte and lte only on a scale step', () => {
		expect(problems(withWhen({step: 'pick', gte: 1}))).toEqual([
			'my.json: steps[6].when.gte: expected "pick" to be a scale step to compare with gte, got a select step',
		]);
		expect(problems(withWhen({step: 'items', lte: 1}))).toEqual([
			'my.json: steps[6].when.lte: expected "items" to be a scale step to compare with lte, got a list step',
		]);
	});

	it('keeps gte and lte within the scale', () => {
		expect(problems(withWhen({step: 'feel', gte: 11}))).toEqual([
			'my.json: steps[6].when.gte: expected a number from 0 to 10 (the range of "feel"), got 11',
		]);
	});

	it('uses includes only on a multi-select or list step', () => {
		expect(problems(withWhen({step: 'feel', includes: 3}))).toEqual([
			'my.json: steps[6].when.includes: expected "feel" to be a multi-select or list step to use includes, got a scale step',
		]);
	});

	it('uses eq only on a step with one answer, of the same type', () => {
		expect(problems(withWhen({step: 'intro', eq: 'x'}))).toEqual([
			'my.json: steps[6].when.eq: expected "intro" to be a text, scale, select or timer step to use eq, got an info step',
		]);
		expect(problems(withWhen({step: 'feelings', eq: 'x'}))).toEqual([
			'my.json: steps[6].when.eq: expected "feelings" to be a text, scale, select or timer step to use eq, got an emotions step',
		]);
		expect(problems(withWhen({step: 'many', eq: 'x'}))).toEqual([
			'my.json: steps[6].when.eq: expected "many" to be a step with one answer to use eq, got a multi-select step (use includes)',
		]);
		expect(problems(withWhen({step: 'feel', eq: '5'}))).toEqual([
			'my.json: steps[6].when.eq: expected a number, as "feel" is a scale step, got "5"',
		]);
		expect(problems(withWhen({step: 'feel', eq: 5}))).toEqual([]);
		expect(problems(withWhen({step: 'items', includes: 5}))).toEqual([
			'my.json: steps[6].when.includes: expected text, as "items" is a list of texts, got 5',
		]);
	});

	it('compares text with text', () => {
		const input = sampleWith((e) => {
			e.steps.push({id: 'after', type: 'info', text: 'Thanks.', when: {step: 'words', eq: true}});
		});
		expect(problems(input)).toEqual(['my.json: steps[8].when.eq: expected text, as "words" is a text step, got true']);
	});

	it('catches a value that no option has (a typo)', () => {
		expect(problems(withWhen({step: 'pick', eq: 'c'}))).toEqual([
			'my.json: steps[6].when.eq: expected one of the values of "pick" (a, b), got "c"',
		]);
		expect(problems(withWhen({step: 'many', includes: 'z'}))).toEqual([
			'my.json: steps[6].when.includes: expected one of the values of "many" (x, y), got "z"',
		]);
	});

	it('refuses unknown keys in a condition', () => {
		expect(problems(withWhen({step: 'feel', gt: 3}))).toEqual([
			'my.json: steps[6].when.gt: unknown key; did you mean "gte"?',
			'my.json: steps[6].when: expected exactly one of gte, lte, eq, includes, lowerThan, notLowerThan, got none',
		]);
	});
});

describe('validateExercise: timers', () => {
	const withTimer = (change: Record<string, unknown>) => sampleWith((e) => Object.assign(e.steps[7] as object, change));

	it('keeps phase seconds from 1 to 3600', () => {
		expect(problems(withTimer({phases: [{label: 'In', seconds: 0}]}))).toEqual([
			'my.json: steps[7].phases[0].seconds: expected an integer from 1 to 3600, got 0',
		]);
		expect(problems(withTimer({phases: [{label: 'In', seconds: 3601}]}))).toEqual([
			'my.json: steps[7].phases[0].seconds: expected an integer from 1 to 3600, got 3601',
		]);
		expect(problems(withTimer({phases: [{label: 'In', seconds: 3600}]}))).toEqual([]);
	});

	it('keeps rounds from 1 to 100', () => {
		expect(problems(withTimer({rounds: 101}))).toEqual(['my.json: steps[7].rounds: expected an integer from 1 to 100, got 101']);
		expect(problems(withTimer({rounds: 100}))).toEqual([]);
	});

	it('keeps check-ins every 10 to 3600 seconds', () => {
		expect(problems(withTimer({checkIn: {every: 9, prompt: 'Has it eased?'}}))).toEqual([
			'my.json: steps[7].checkIn.every: expected an integer from 10 to 3600, got 9',
		]);
		expect(problems(withTimer({checkIn: {every: 3601, prompt: 'Has it eased?'}}))).toEqual([
			'my.json: steps[7].checkIn.every: expected an integer from 10 to 3600, got 3601',
		]);
		expect(problems(withTimer({checkIn: {every: 60, prompt: 'Has it eased?'}}))).toEqual([]);
	});

	it('needs at least one phase', () => {
		expect(problems(withTimer({phases: []}))).toEqual(['my.json: steps[7].phases: expected a list of 1 to 20 phases, got an empty list']);
	});
});

describe('validateExercise: text steps', () => {
	it('takes rotating prompts as non-empty text', () => {
		const input = sampleWith((e) => Object.assign(e.steps[6] as object, {prompts: ['One', '']}));
		expect(problems(input)).toEqual(['my.json: steps[6].prompts[1]: expected non-empty text (up to 500 characters), got ""']);
	});

	it('shortens long values it quotes', () => {
		const input = sampleWith((e) => Object.assign(e.steps[6] as object, {placeholder: 'x'.repeat(300)}));
		expect(problems(input)).toEqual([
			`my.json: steps[6].placeholder: expected non-empty text (up to 200 characters), got "${'x'.repeat(39)}"… (300 characters)`,
		]);
	});
});
