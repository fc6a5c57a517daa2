/** A small exercise with one step of every type, valid as it is; tests break one thing at a time. */
export function sampleExercise(): Record<string, unknown> & {steps: Array<Record<string, unknown>>} {
	return {
		format: 1,
		id: 'sample',
		title: 'Sample',
		summary: 'One step of every type.',
		steps: [
			{id: 'intro', type: 'info', text: 'Hello.'},
			{id: 'feel', type: 'scale', prompt: 'How are you?', min: 0, max: 10},
			{
				id: 'pick',
				type: 'select',
				prompt: 'Pick one',
				options: [
					{value: 'a', label: 'A'},
					{value: 'b', label: 'B'},
				],
			},
			{
				id: 'many',
				type: 'multi-select',
				prompt: 'Pick any',
				options: [
					{value: 'x', label: 'X'},
					{value: 'y', label: 'Y'},
				],
			},
			{id: 'items', type: 'list', prompt: 'List them'},
			{id: 'feelings', type: 'emotions', prompt: 'What do you feel?'},
			{id: 'words', type: 'text', prompt: 'Write'},
			{id: 'breathe', type: 'timer', prompt: 'Breathe', phases: [{label: 'In', seconds: 4}]},
		],
	};
}

/** sampleExercise() with `change` applied to it. */
export function sampleWith(change: (exercise: ReturnType<typeof sampleExercise>) => void): ReturnType<typeof sampleExercise> {
	const exercise = sampleExercise();
	change(exercise);
	return exercise;
}
