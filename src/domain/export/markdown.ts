import {format} from 'date-fns';
import {type Entry, type EntryValue, localDay} from '../entry.js';
import {moodText, typeLabel} from '../summary.js';
import {wallClock} from '../time.js';

function label(key: string): string {
	const words = key.replaceAll('-', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function feelings(value: Record<string, number | null>): string {
	return Object.entries(value)
		.map(([name, level]) => (level === null ? name : `${name} ${level}`))
		.join(', ');
}

/** A value as Markdown: short ones on the label's line, longer text as its own paragraph. */
function formatValue(key: string, value: EntryValue): string {
	if (Array.isArray(value)) return `**${label(key)}:**\n\n${value.map((item) => `- ${item}`).join('\n')}`;
	if (value !== null && typeof value === 'object') return `**${label(key)}:** ${feelings(value)}`;
	if (typeof value === 'string' && value.includes('\n')) return `**${label(key)}:**\n\n${value}`;
	return `**${label(key)}:** ${value === null ? '' : String(value)}`;
}

/** The heading line of an entry: its time, its type, and for a mood its numbers. */
function entryHeading(entry: Entry): string {
	const parts = [format(wallClock(entry.at), 'HH:mm')];
	const {mood, urge} = entry.values;
	// "mood 5" says the type already.
	if (entry.type !== 'mood' || typeof mood !== 'number') parts.push(typeLabel(entry.type));
	if (typeof mood === 'number') parts.push(`mood ${moodText(entry.values) ?? mood}`);
	if (typeof urge === 'number') parts.push(`urge ${urge}`);
	if (entry.values['starred'] === true) parts.push('★');
	return `### ${parts.join(' · ')}`;
}

function entryBody(entry: Entry): string[] {
	const blocks: string[] = [];
	if (entry.tags.length > 0) blocks.push(entry.tags.map((tag) => `#${tag}`).join(' '));
	for (const [key, value] of Object.entries(entry.values)) {
		if (key === 'mood' || key === 'urge' || key === 'starred' || key === 'moodLabel') continue;
		if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
		if ((key === 'note' || key === 'text') && typeof value === 'string') blocks.push(value);
		else if (key === 'emotions' && typeof value === 'object' && !Array.isArray(value)) blocks.push(`Feelings: ${feelings(value)}`);
		else blocks.push(formatValue(key, value));
	}
	return blocks;
}

/** A readable export: a heading per local day, each entry with its time, type and words; oldest first. */
export function exportMarkdown(entries: readonly Entry[], exported: Date): string {
	const lines = ['# cope export', '', `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} · exported ${format(exported, 'd MMMM yyyy, HH:mm')}`];
	let day: string | undefined;
	for (const entry of entries) {
		const entryDay = localDay(entry.at);
		if (entryDay !== day) {
			day = entryDay;
			lines.push('', `## ${format(wallClock(entry.at), 'EEEE d MMMM yyyy')}`);
		}
		lines.push('', entryHeading(entry));
		for (const block of entryBody(entry)) lines.push('', block);
	}
	return lines.join('\n') + '\n';
}
