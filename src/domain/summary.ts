import type {Entry, EntryValue} from './entry.js';

const TYPE_LABELS: Record<string, string> = {
	mood: 'mood',
	journal: 'journal',
	'thought-record': 'thought record',
	'safety-plan': 'safety plan',
};

export function typeLabel(type: string): string {
	return Object.hasOwn(TYPE_LABELS, type) ? (TYPE_LABELS[type] as string) : type.replaceAll('-', ' ');
}

/** Values that describe another value rather than being words of their own. */
const NOT_TEXT = new Set(['moodLabel']);

function firstText(values: Record<string, EntryValue>): string | undefined {
	for (const key of ['note', 'text', 'situation', 'balanced', 'title']) {
		const value = values[key];
		if (typeof value === 'string' && value.trim() !== '') return value;
	}
	for (const [key, value] of Object.entries(values)) {
		if (!NOT_TEXT.has(key) && typeof value === 'string' && value.trim() !== '') return value;
	}
	// Lists only (a safety plan, coping ideas): their first items.
	const items = Object.values(values).flatMap((value) => (Array.isArray(value) ? value : []));
	return items.length > 0 ? items.slice(0, 3).join(' · ') : undefined;
}

/** "4", or "3 (Anxious)" for a mood imported from Daylio with the word the person chose there. */
export function moodText(values: Record<string, EntryValue>): string | undefined {
	const mood = values['mood'];
	if (typeof mood !== 'number') return undefined;
	const label = values['moodLabel'];
	return typeof label === 'string' && label.trim() !== '' ? `${mood} (${label.trim()})` : String(mood);
}

/** One line about an entry, in plain words: "mood 4 · urge 6 · anxious 60 — rough day"; "★ " first for a starred jrnl entry. */
export function summarizeEntry(entry: Entry): string {
	const parts: string[] = [];
	const {values} = entry;
	const mood = moodText(values);
	if (mood !== undefined) parts.push(`mood ${mood}`);
	if (typeof values['urge'] === 'number') parts.push(`urge ${values['urge']}`);
	const emotions = values['emotions'];
	if (emotions && typeof emotions === 'object' && !Array.isArray(emotions)) {
		for (const [name, level] of Object.entries(emotions)) parts.push(level === null ? name : `${name} ${level}`);
	}
	const text = firstText(values);
	const head = parts.join(' · ');
	const line = text === undefined ? head : head === '' ? text : `${head} — ${text}`;
	return `${values['starred'] === true ? '★ ' : ''}${line}`.replace(/\s+/g, ' ').trim();
}

/** Does the entry's text (values, tags) contain `needle`, ignoring case? */
export function entryContains(entry: Entry, needle: string): boolean {
	const lower = needle.toLowerCase();
	const haystack = [...entry.tags, ...collectText(entry.values)];
	return haystack.some((text) => text.toLowerCase().includes(lower));
}

function collectText(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap((item) => collectText(item));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => [key, ...collectText(item)]);
	return [];
}
