// @ts-check
// Preloaded with --import by test/helpers/loaded.ts: records the Node modules (builtins)
// the process loads after start-up, from Node's own record of them (process.moduleLoadList),
// whether it made process.stdin, and whether fetch was there at the end, into the file
// COPE_BUILTINS_FILE names. It hooks
// nothing else, so it loads nothing of its own.
// node:fs as CommonJS has it: an ES import of it would load fs/promises for every command.
const {writeFileSync} = process.getBuiltinModule('node:fs');

/** Node's list of the modules it has loaded (not in @types/node). */
const loadList = () => /** @type {{moduleLoadList: string[]}} */ (/** @type {unknown} */ (process)).moduleLoadList;
const out = /** @type {string} */ (process.env['COPE_BUILTINS_FILE']);

const before = new Set(loadList());
let stdinMade = false;
const stdin = /** @type {PropertyDescriptor & {get(): unknown}} */ (Object.getOwnPropertyDescriptor(process, 'stdin'));
Object.defineProperty(process, 'stdin', {
	...stdin,
	get() {
		stdinMade = true;
		return stdin.get.call(process);
	},
});
process.on('exit', () => {
	const loaded = loadList()
		.filter((name) => !before.has(name) && name.startsWith('NativeModule '))
		.map((name) => name.slice('NativeModule '.length));
	const marks = [...(stdinMade ? ['(process.stdin)'] : []), ...(typeof globalThis.fetch === 'undefined' ? [] : ['(fetch)'])];
	writeFileSync(out, [...loaded, ...marks].join('\n'));
});
