// Preloaded with --import by test/helpers/loaded.ts: records the Node modules (builtins)
// the process loads after start-up, from Node's own record of them (process.moduleLoadList),
// and whether it made process.stdin, into the file COPE_BUILTINS_FILE names. It hooks
// nothing else, so it loads nothing of its own.
import {writeFileSync} from 'node:fs';

const before = new Set(process.moduleLoadList);
let stdinMade = false;
const stdin = Object.getOwnPropertyDescriptor(process, 'stdin');
Object.defineProperty(process, 'stdin', {
	...stdin,
	get() {
		stdinMade = true;
		return stdin.get.call(process);
	},
});
process.on('exit', () => {
	const loaded = process.moduleLoadList.filter((name) => !before.has(name) && name.startsWith('NativeModule ')).map((name) => name.slice('NativeModule '.length));
	writeFileSync(process.env.COPE_BUILTINS_FILE, [...loaded, ...(stdinMade ? ['(process.stdin)'] : [])].join('\n'));
});
