import {readRegularFile} from './regular-file.js';
import {writeFileAtomic} from './atomic.js';
import {type DataPaths, ensureDir} from './paths.js';

/** Small facts cope remembers between runs (not settings, not entries). */
export interface State {
	/** When the first-run note was shown. */
	welcomed?: string;
	/** When the last "help is here" message was shown (not repeated within a minute). */
	lastAlert?: string;
}

export function readState(paths: DataPaths): State {
	try {
		const value: unknown = JSON.parse(readRegularFile(paths.state).toString('utf8'));
		return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as State) : {};
	} catch {
		return {};
	}
}

export function updateState(paths: DataPaths, change: Partial<State>): void {
	ensureDir(paths.dir);
	writeFileAtomic(paths.state, JSON.stringify({...readState(paths), ...change}, null, 2) + '\n');
}
