import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {findExercise, findPackageRoot, loadExercises, readExerciseFile} from '../../src/store/exercises.js';
import {loadRunnableExercises} from '../../src/store/exercise-list.js';
import {ROOT} from '../helpers/cli.js';
import {sampleExercise} from '../helpers/exercise.js';

let temp: string;
let userDir: string;
const paths = () => ({exercises: userDir});
const write = (name: string, content: string | Uint8Array) => writeFileSync(join(userDir, name), content);
const exerciseJson = (changes: Record<string, unknown> = {}) => JSON.stringify({...sampleExercise(), ...changes});

beforeEach(() => {
	temp = mkdtempSync(join(tmpdir(), 'cope-exercises-'));
	userDir = join(temp, 'exercises');
	mkdirSync(userDir);
});
afterEach(() => rmSync(temp, {recursive: true, force: true}));

describe('loadExercises', () => {
	it('loads the built-ins in the order a person meets them, when there is no folder of their own', () => {
		rmSync(userDir, {recursive: true});
		const {exercises, problems} = loadExercises(paths());
		expect(problems).toEqual([]);
		const ids = exercises.map((exercise) => exercise.id);
		expect(ids.slice(0, 3)).toEqual(['thought-record', 'journal', 'mood-log']);
		for (const exercise of exercises) {
			expect(exercise.origin).toBe('built-in');
			expect(exercise.file).toBe(join(ROOT, 'exercises', `${exercise.id}.json`));
		}
	});

	it('adds the person’s own exercises after the built-ins', () => {
		write('b.json', exerciseJson({id: 'worry-time', title: 'Worry time'}));
		write('a.json', exerciseJson({id: 'allotment', title: 'Allotment'}));
		const {exercises, problems} = loadExercises(paths());
		expect(problems).toEqual([]);
		expect(exercises.slice(-2).map((e) => [e.id, e.origin, e.file])).toEqual([
			['allotment', 'user', join(userDir, 'a.json')],
			['worry-time', 'user', join(userDir, 'b.json')],
		]);
	});

	it('lets a user file replace the built-in with the same id, in its place', () => {
		write('my-journal.json', exerciseJson({id: 'journal', title: 'My journal'}));
		const {exercises} = loadExercises(paths());
		const journals = exercises.filter((exercise) => exercise.id === 'journal');
		expect(journals).toHaveLength(1);
		expect(journals[0]).toMatchObject({title: 'My journal', origin: 'user', replacesBuiltIn: true, file: join(userDir, 'my-journal.json')});
		expect(exercises.map((exercise) => exercise.id).indexOf('journal')).toBe(1);
	});

	it('reports a broken file by its path and still loads the rest', () => {
		write('broken.json', exerciseJson({id: 'broken', minutes: 'ten'}));
		write('fine.json', exerciseJson({id: 'fine'}));
		const {exercises, problems} = loadExercises(paths());
		expect(problems).toEqual([`${join(userDir, 'broken.json')}: minutes: expected an integer from 1 to 600, got "ten"`]);
		expect(exercises.map((exercise) => exercise.id)).toContain('fine');
		expect(exercises.map((exercise) => exercise.id)).not.toContain('broken');
	});

	it('refuses a huge file without reading it', () => {
		write('huge.json', '');
		// A sparse 1 GiB file: reading it would take seconds and a gigabyte of memory.
		truncateSync(join(userDir, 'huge.json'), 1024 ** 3);
		const {problems} = loadExercises(paths());
		expect(problems).toEqual([`${join(userDir, 'huge.json')}: the file is 1048576 KiB; an exercise file can be up to 256 KiB`]);
	});

	it('refuses a binary file', () => {
		write('image.json', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]));
		expect(loadExercises(paths()).problems).toEqual([
			`${join(userDir, 'image.json')}: not UTF-8 text (is it a binary file?); expected an exercise in JSON`,
		]);
	});

	it('refuses text that is not JSON', () => {
		write('notes.json', 'just some notes\n');
		expect(loadExercises(paths()).problems).toEqual([expect.stringMatching(/^.*notes\.json: line 1, column 1: not valid JSON \(.+\)$/)]);
	});

	it('is not harmed by __proto__ keys', () => {
		write('proto.json', exerciseJson().replace('{', '{"__proto__": {"polluted": true}, '));
		const {exercises, problems} = loadExercises(paths());
		expect(problems).toEqual([
			`${join(userDir, 'proto.json')}: __proto__: unknown key; expected only $schema, format, id, title, summary, kind, minutes, steps`,
		]);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
		expect(exercises.every((exercise) => exercise.origin === 'built-in')).toBe(true);
	});

	it('names only the first few problems of a very broken file, and how to see all', () => {
		const steps = Array.from({length: 8}, (_, index) => ({id: `s${index}`, type: 'scale', prompt: 'How?', min: 0, max: -1}));
		write('many.json', exerciseJson({id: 'many', steps}));
		const {problems} = loadExercises(paths());
		expect(problems).toHaveLength(6);
		expect(problems[5]).toBe(
			`${join(userDir, 'many.json')}: … and 3 more problems; see them all with: cope exercises validate ${join(userDir, 'many.json')}`,
		);
	});

	it('keeps the first of two files with the same id and says so', () => {
		write('a.json', exerciseJson({id: 'twice', title: 'First'}));
		write('b.json', exerciseJson({id: 'twice', title: 'Second'}));
		const {exercises, problems} = loadExercises(paths());
		expect(exercises.find((exercise) => exercise.id === 'twice')?.title).toBe('First');
		expect(problems).toEqual([
			`${join(userDir, 'b.json')}: id: "twice" is also the id of ${join(userDir, 'a.json')}; using that one, not this`,
		]);
	});

	it('skips files that are not exercises: other extensions, hidden files, schema.json', () => {
		write('README.md', '# my exercises');
		write('old.json~', 'backup');
		write('.draft.json', '{');
		write('schema.json', '{"$schema": "https://json-schema.org/draft/2020-12/schema"}');
		expect(loadExercises(paths()).problems).toEqual([]);
	});

	it('reports a folder, a dangling link and a named pipe without hanging', () => {
		mkdirSync(join(userDir, 'folder.json'));
		symlinkSync(join(temp, 'nowhere.json'), join(userDir, 'link.json'));
		const fifo = spawnSync('mkfifo', [join(userDir, 'pipe.json')]).status === 0;
		const {problems} = loadExercises(paths());
		expect(problems).toEqual([
			`${join(userDir, 'folder.json')}: is a folder, not an exercise file`,
			`${join(userDir, 'link.json')}: cannot read it: no such file`,
			...(fifo ? [`${join(userDir, 'pipe.json')}: not a regular file`] : []),
		]);
	});

	it('reports an exercises path that is not a folder', () => {
		rmSync(userDir, {recursive: true});
		writeFileSync(userDir, 'oops');
		expect(loadExercises(paths()).problems).toEqual([`${userDir}: not a folder; cope looks here for your own exercise files`]);
	});

	it('reports missing built-ins but still loads the person’s own', () => {
		write('mine.json', exerciseJson({id: 'mine'}));
		const {exercises, problems} = loadExercises(paths(), {builtInDir: join(temp, 'missing')});
		expect(exercises.map((exercise) => exercise.id)).toEqual(['mine']);
		expect(problems).toEqual([
			`${join(temp, 'missing')}: no such file; the built-in exercises should be here (reinstalling cope restores them)`,
		]);
	});
});

describe('findExercise', () => {
	it('finds built-in and user exercises by id', () => {
		write('mine.json', exerciseJson({id: 'mine'}));
		expect(findExercise(paths(), 'mine').exercise?.origin).toBe('user');
		expect(findExercise(paths(), 'thought-record').exercise?.origin).toBe('built-in');
		expect(findExercise(paths(), 'nothing-like-it').exercise).toBeUndefined();
	});

	it('passes on the problems of broken files', () => {
		write('broken.json', '{');
		const {exercise, problems} = findExercise(paths(), 'journal');
		expect(exercise?.id).toBe('journal');
		expect(problems).toHaveLength(1);
	});
});

describe('readExerciseFile', () => {
	it('says so when the file is missing', () => {
		expect(readExerciseFile(join(temp, 'nope.json'), 'nope.json')).toEqual({
			ok: false,
			problems: ['nope.json: cannot read it: no such file'],
		});
	});
});

describe('findPackageRoot', () => {
	it('walks up from a built chunk to the folder whose package.json is named cope', () => {
		const root = join(temp, 'node_modules', 'cope');
		const chunks = join(root, 'dist', 'chunks');
		mkdirSync(chunks, {recursive: true});
		writeFileSync(join(root, 'package.json'), JSON.stringify({name: 'cope'}));
		// A package.json of another name on the way up is passed over.
		writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({name: 'something-else'}));
		expect(findPackageRoot(chunks)).toBe(root);
		expect(findPackageRoot(join(root, 'dist'))).toBe(root);
	});

	it('finds this package from its sources', () => {
		expect(findPackageRoot()).toBe(ROOT);
	});

	it('throws when there is no cope package above', () => {
		expect(() => findPackageRoot(temp)).toThrow(/cannot find cope's package folder/);
	});
});

describe('loadRunnableExercises (opening a screen)', () => {
	it('gives what the full check gives: the built-ins as shipped, and with the person’s own', async () => {
		rmSync(userDir, {recursive: true});
		expect(await loadRunnableExercises(paths())).toEqual(loadExercises(paths()));
		mkdirSync(userDir);
		write('mine.json', exerciseJson({id: 'mine', title: 'Mine'}));
		write('broken.json', '{"id": ');
		const withOwn = await loadRunnableExercises(paths());
		expect(withOwn).toEqual(loadExercises(paths()));
		expect(withOwn.exercises.map((exercise) => exercise.id)).toContain('mine');
		expect(withOwn.problems.join('\n')).toContain('broken.json');
	});

	it('sends a built-in that is not as shipped through the full check, which names what is wrong', async () => {
		const builtInDir = join(temp, 'built-in');
		mkdirSync(builtInDir);
		writeFileSync(join(builtInDir, 'good.json'), exerciseJson({id: 'good'}));
		rmSync(userDir, {recursive: true});
		expect((await loadRunnableExercises(paths(), {builtInDir})).exercises.map((exercise) => exercise.id)).toEqual(['good']);
		// A step of a type cope does not know would pass a look at the top only.
		const sample = sampleExercise();
		writeFileSync(join(builtInDir, 'odd.json'), JSON.stringify({...sample, id: 'odd', steps: [{...sample.steps[0], type: 'nonsense'}]}));
		const read = await loadRunnableExercises(paths(), {builtInDir});
		expect(read).toEqual(loadExercises(paths(), {builtInDir}));
		expect(read.exercises.map((exercise) => exercise.id)).toEqual(['good']);
		expect(read.problems.join('\n')).toContain('odd.json');
	});
});
