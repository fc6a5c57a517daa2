import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
		// Generous: the CLI and pty tests spawn many processes, and a busy 2-core machine is slow at it.
		testTimeout: 60_000,
		hookTimeout: 60_000,
		// The e2e tests spawn the built CLI; a machine of 2 cores runs them best a few at a time.
		maxWorkers: 2,
		env: {FORCE_COLOR: '0', NO_COLOR: '1'},
	},
});
