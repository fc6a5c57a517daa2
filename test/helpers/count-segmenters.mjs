// @ts-check
// Preloaded with --import by test/build/fast-path.test.ts: counts the Intl.Segmenter objects the
// process makes (the first one starts ICU's locale data, ~9 ms), and writes the count at exit
// into the file COPE_SEGMENTERS_FILE names.
const {writeFileSync} = process.getBuiltinModule('node:fs');

const Real = Intl.Segmenter;
let made = 0;
Object.defineProperty(Intl, 'Segmenter', {
	value: class extends Real {
		/** @param {ConstructorParameters<typeof Intl.Segmenter>} args */
		constructor(...args) {
			super(...args);
			made += 1;
		}
	},
});
process.on('exit', () => writeFileSync(/** @type {string} */ (process.env['COPE_SEGMENTERS_FILE']), String(made)));
