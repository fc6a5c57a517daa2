// @ts-check
// What commander gets for node:child_process in the build (scripts/build.mjs): it spawns a
// process only for executable subcommands, and cope has none.
'use strict';

exports.spawn = () => {
	throw new Error('cope has no executable subcommands (scripts/no-child-process.cjs)');
};
