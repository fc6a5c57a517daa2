// @ts-check
// Preloaded with --import by test/tui/pty.test.ts: writes into the file COPE_RAW_FILE whether
// the terminal was in raw mode when cope first drew words on it ("raw" or "cooked").
const {writeFileSync} = process.getBuiltinModule('node:fs');
const tty = process.getBuiltinModule('node:tty');

let raw = false;
/** @type {string | undefined} */
let atFirstFrame;
const setRawMode = tty.ReadStream.prototype.setRawMode;
tty.ReadStream.prototype.setRawMode = function (/** @type {boolean} */ on) {
	raw = on;
	return setRawMode.call(this, on);
};
const write = tty.WriteStream.prototype.write;
/** @type {any} */ (tty.WriteStream.prototype).write = function (/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
	// Words, not only escape sequences (the cursor hidden, a mode turned on).
	if (atFirstFrame === undefined && /[A-Za-z]{3}/.test(String(chunk).replace(/\u001B\[[0-9;?]*[ -/]*[@-~]/g, '')))
		atFirstFrame = raw ? 'raw' : 'cooked';
	return /** @type {(...args: unknown[]) => boolean} */ (write).call(this, chunk, ...rest);
};
process.on('exit', () => writeFileSync(/** @type {string} */ (process.env['COPE_RAW_FILE']), atFirstFrame ?? 'nothing drawn'));
