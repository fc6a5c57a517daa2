import type {Context} from '../context.js';
import {failure} from '../errors.js';

/** The home screen (Ink), loaded only when it is opened. */
export async function runHomeScreen(_context: Context): Promise<void> {
	throw failure('the home screen is not built yet.');
}
