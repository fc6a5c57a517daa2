import {CopeError} from '../../src/errors.js';

/** The CopeError that `run` throws (fails the test if it throws nothing or something else). */
export function failureOf(run: () => unknown): CopeError {
	try {
		run();
	} catch (error) {
		if (error instanceof CopeError) return error;
		throw error;
	}
	throw new Error('expected a CopeError');
}
