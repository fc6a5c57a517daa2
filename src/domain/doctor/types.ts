/** One thing `cope doctor` looked at, and what it found. */
export interface CheckResult {
	/** Stable name for --json: permissions, entries, lock, temp-files, edits, drafts, config, quarantine, help. */
	check: string;
	/** ok: nothing to do; note: worth knowing, nothing wrong; problem: something to fix. */
	status: 'ok' | 'note' | 'problem';
	/** One line in plain words. */
	summary: string;
	/** More lines, e.g. each unreadable line with its number and reason. */
	details: string[];
	/** Whether `cope doctor --repair` fixes (or, for a note, tidies) it. */
	repairable: boolean;
}

export function ok(check: string, summary: string, details: string[] = []): CheckResult {
	return {check, status: 'ok', summary, details, repairable: false};
}

/** `repairable` here means --repair would tidy something up, though nothing is wrong. */
export function note(check: string, summary: string, details: string[] = [], repairable = false): CheckResult {
	return {check, status: 'note', summary, details, repairable};
}

export function problem(check: string, summary: string, details: string[] = [], repairable = true): CheckResult {
	return {check, status: 'problem', summary, details, repairable};
}

/** "0644" */
export function octal(mode: number): string {
	return (mode & 0o777).toString(8).padStart(4, '0');
}
