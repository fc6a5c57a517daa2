import {uniqueTags} from '../text.js';

/**
 * A label from another app ("Movies / TV", "eat out") as a cope tag: lower-case,
 * spaces, slashes and other marks become "-", repeats collapse ("movies-tv").
 * Undefined when nothing of a word is left (e.g. an emoji-only label).
 */
export function tagFromLabel(label: string): string | undefined {
	const tag = label
		.normalize('NFC')
		.trim()
		.toLowerCase()
		// The same letters a tag typed with -t may have (TAG_PATTERN in ../text.ts).
		.replace(/[^\p{L}\p{N}_]+/gu, '-')
		.replace(/-{2,}/g, '-')
		.replace(/^-+|-+$/g, '');
	return tag === '' ? undefined : tag;
}

/** Labels as tags, each once; labels that give no tag are returned apart so they can be named. */
export function tagsFromLabels(labels: readonly string[]): {tags: string[]; dropped: string[]} {
	const tags: string[] = [];
	const dropped: string[] = [];
	for (const label of labels) {
		if (label.trim() === '') continue;
		const tag = tagFromLabel(label);
		if (tag === undefined) dropped.push(label.trim());
		else tags.push(tag);
	}
	return {tags: uniqueTags(tags), dropped};
}
