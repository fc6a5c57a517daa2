/** Is this a value an entry can hold: text, a finite number, yes/no, null, a list of words, or feelings {name: level}? */
export function isEntryValue(value: unknown): boolean {
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (typeof value === 'number') return Number.isFinite(value);
	if (Array.isArray(value)) return value.every((item) => typeof item === 'string');
	if (typeof value === 'object')
		return Object.values(value).every((level) => level === null || (typeof level === 'number' && Number.isFinite(level)));
	return false;
}
