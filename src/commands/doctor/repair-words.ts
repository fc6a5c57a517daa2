import type {DataPaths} from '../../store/paths.js';
import type {QuarantineReasons, Repaired, RepairStep} from '../../store/doctor-repair.js';
import {configReason} from './checks.js';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** What --repair did, one line each (`repaired` in `cope doctor --json`). */
export function repairedText(repaired: Repaired, paths: DataPaths): string {
	switch (repaired.did) {
		case 'lock-removed':
			return 'Removed the lock left by a cope that stopped.';
		case 'lines-quarantined':
			return `Moved ${plural(repaired.count, 'unreadable line', 'unreadable lines')} from entries.jsonl to ${paths.quarantine}.`;
		case 'versions-removed':
			return `Tidied away ${plural(repaired.count, 'older version', 'older versions')} of edited or deleted entries.`;
		case 'blank-lines-removed':
			return `Removed ${plural(repaired.count, 'blank line', 'blank lines')}.`;
		case 'entries-rewritten':
			return 'Rewrote entries.jsonl in one step (the old file was replaced only once the new one was safely on disk).';
		case 'temp-files-removed':
			return `Removed ${plural(repaired.count, 'temporary file', 'temporary files')} left by an interrupted write.`;
		case 'edits-quarantined':
			return `Kept the words of ${plural(repaired.count, 'unfinished edit', 'unfinished edits')} in ${paths.quarantine} and removed the ${repaired.count === 1 ? 'file' : 'files'}.`;
		case 'drafts-quarantined':
			return `Moved ${plural(repaired.count, 'unreadable draft', 'unreadable drafts')} to ${paths.quarantine}.`;
		case 'config-quarantined':
			return `Moved the unreadable config.json to ${paths.quarantine}; the defaults apply (change them with cope config set).`;
		case 'settings-reset':
			return `Reset ${repaired.count === 1 ? 'a setting' : `${repaired.count} settings`} to the default: ${repaired.defaults.map(({key, value}) => `${key} = ${JSON.stringify(value)}`).join(', ')}.`;
		case 'goals-quarantined':
			return `Kept the unreadable goals.json in ${paths.quarantine}, byte for byte, and started an empty one.`;
		case 'goals-damaged-quarantined':
			return `Kept ${repaired.count === 1 ? 'a goal' : `${repaired.count} goals`} that could not be read in ${paths.quarantine}; goals.json now holds the ${repaired.kept} that read.`;
		case 'permissions-fixed':
			return `Made ${plural(repaired.count, 'file or folder', 'files and folders')} private again (folders 0700, files 0600).`;
	}
}

/** Each repair step by the name a person knows it by. */
export const STEP_NAMES: Record<RepairStep, string> = {
	lock: 'the lock',
	entries: 'entries.jsonl',
	'temp-files': 'temporary files',
	edits: 'unfinished edits',
	drafts: 'drafts',
	config: 'config.json',
	goals: 'goals.json',
	permissions: 'permissions',
};

/** The reasons kept in quarantine.jsonl beside what was moved there (docs/data.md). */
export const QUARANTINE_REASONS: QuarantineReasons = {
	unreadableConfig: (state) => `config.json could not be read: ${configReason(state)}`,
	unfinishedEdit: 'an unfinished cope edit (the entry itself was not changed)',
	unreadableDraft: (name) => `a draft that could not be read (drafts/${name})`,
	unreadableGoals: (reason) => `goals.json could not be read: ${reason}`,
	damagedGoal: (index, reason) => `goal ${index + 1} could not be read: ${reason}`,
};
