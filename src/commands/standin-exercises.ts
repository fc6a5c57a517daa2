import type {Exercise} from '../domain/exercise/types.js';

/**
 * STAND-IN, to be deleted when src/store/exercises.ts (the validated loader with the
 * built-in exercise JSON) lands from the exercises branch: just enough of mood-log,
 * journal and thought-record, with the fixed step ids, for `cope run` to work and be
 * tested until then. Not the real built-ins.
 */
export const STANDIN_EXERCISES: Exercise[] = [
	{
		format: 1,
		id: 'thought-record',
		title: 'Thought record',
		summary: 'Catch a hot thought, weigh the evidence, find a balanced view.',
		kind: 'thought-record',
		minutes: 10,
		steps: [
			{id: 'situation', type: 'text', prompt: 'What happened?', help: 'Where were you, who with, what was going on?', required: true},
			{id: 'emotions', type: 'emotions', prompt: 'What did you feel, and how strongly? (0–100)', suggestions: ['anxious', 'sad', 'angry', 'ashamed', 'guilty', 'lonely', 'hurt', 'frustrated', 'hopeless', 'embarrassed']},
			{id: 'thoughts', type: 'list', prompt: 'What went through your mind?', help: 'Write the thoughts as they came, one per line.', min: 1},
			{id: 'hot-thought', type: 'text', prompt: 'Which thought felt hottest?', help: 'The one that carried the most feeling.'},
			{
				id: 'traps',
				type: 'multi-select',
				prompt: 'Any thinking traps in it?',
				options: [
					{value: 'all-or-nothing', label: 'All-or-nothing', hint: 'only two options, no middle'},
					{value: 'catastrophising', label: 'Catastrophising', hint: 'expecting the worst'},
					{value: 'mind-reading', label: 'Mind reading', hint: 'assuming what others think'},
					{value: 'fortune-telling', label: 'Fortune telling', hint: 'predicting it will go badly'},
					{value: 'should-statements', label: 'Shoulds', hint: '"I should", "they must"'},
					{value: 'labelling', label: 'Labelling', hint: '"I am a failure"'},
				],
			},
			{id: 'evidence-for', type: 'list', prompt: 'What supports the thought?'},
			{id: 'evidence-against', type: 'list', prompt: "What doesn't fit with it?"},
			{id: 'balanced', type: 'text', prompt: 'A more balanced thought', multiline: true, help: 'Taking in all the evidence, what would you say to a friend?'},
			{id: 'rerate', type: 'emotions', prompt: 'How strong are those feelings now?', rerate: 'emotions'},
		],
	},
	{
		format: 1,
		id: 'journal',
		title: 'Journal',
		summary: 'Write freely, with a prompt if you want one.',
		kind: 'journal',
		minutes: 5,
		steps: [
			{
				id: 'text',
				type: 'text',
				prompt: 'Write whatever is on your mind.',
				multiline: true,
				required: true,
				prompts: ['What went well today, however small?', 'What is taking up the most room in your head?', 'What do you need right now?'],
			},
		],
	},
	{
		format: 1,
		id: 'mood-log',
		title: 'Mood check-in',
		summary: 'How you are, in one minute.',
		kind: 'mood',
		minutes: 1,
		steps: [
			{id: 'mood', type: 'scale', prompt: 'How is your mood right now?', min: 0, max: 10, labels: {'0': 'lowest', '5': 'okay', '10': 'best'}, metric: 'mood'},
			{id: 'urge', type: 'scale', prompt: 'Any urge to hurt yourself? (0 = none)', min: 0, max: 10, default: 0, metric: 'urge'},
			{id: 'emotions', type: 'emotions', prompt: 'Any feelings to name?', suggestions: ['calm', 'anxious', 'sad', 'content', 'angry', 'tired', 'lonely', 'hopeful']},
			{id: 'note', type: 'text', prompt: 'A note, if you like', placeholder: 'a few words; #tags work here'},
		],
	},
];
