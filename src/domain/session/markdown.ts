/**
 * The session summary as Markdown: plain enough to read in any editor, and shown as
 * written in a Markdown viewer. The person's words are escaped, so a `#`, `*` or `<`
 * they typed stays a character (never a heading, emphasis or HTML), and control
 * characters are made visible (inert).
 */
import {mean} from '../report/words.js';
import {fieldName} from '../exercise/vocabulary.js';
import {inert} from '../text.js';
import type {Block, ChartBlock} from './document.js';

/** Escapes what Markdown would read as markup, line by line. */
export function mdText(text: string, singleLine = false): string {
	const safe = inert(text, {singleLine}).replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`);
	// A line that starts like a heading, quote or list item stays a plain line.
	return safe
		.split('\n')
		.map((line) =>
			line
				.replace(/^(\s*)([#+-])(?=\s|$)/, '$1\\$2')
				.replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3')
				.replace(/^(\s*)([=-])(?=\2*\s*$)/, '$1\\$2'),
		)
		.join('\n');
}

function value(text: string | string[]): string {
	if (Array.isArray(text)) return `\n\n${text.map((item) => `- ${mdText(item, true)}`).join('\n')}`;
	return text.includes('\n') ? `\n\n${mdText(text).replaceAll('\n', '  \n')}` : ` ${mdText(text)}`;
}

/** A chart in Markdown is its numbers: days with a reading, in a line. */
function chartText(block: ChartBlock): string {
	const readings = block.days.flatMap((day, index) => {
		const reading = block.values[index];
		return reading === null || reading === undefined ? [] : [`${day.slice(8)}: ${mean(reading)}`];
	});
	return `*${mdText(block.title, true)}, by day of the month:* ${readings.join(' · ')}`;
}

export function renderMarkdown(blocks: readonly Block[]): string {
	const out: string[] = [];
	for (const block of blocks) {
		switch (block.kind) {
			case 'heading':
				out.push(`${'#'.repeat(block.level)} ${mdText(block.text, true)}`);
				break;
			case 'paragraph':
				out.push(block.quiet ? `*${mdText(block.text)}*` : mdText(block.text));
				break;
			case 'fields':
				out.push(block.items.map((item) => `**${mdText(fieldName(item.name), true)}**${value(item.value)}`).join('\n\n'));
				break;
			case 'list':
				out.push(block.items.map((item) => `- ${mdText(item, true)}`).join('\n'));
				break;
			case 'table':
				out.push(
					[
						`| ${block.head.map((cell) => mdText(cell, true)).join(' | ')} |`,
						`|${block.head.map(() => '---').join('|')}|`,
						...block.rows.map((row) => `| ${row.map((cell) => mdText(cell, true)).join(' | ')} |`),
					].join('\n'),
				);
				break;
			case 'chart':
				out.push(chartText(block));
				break;
		}
	}
	return `${out.join('\n\n')}\n`;
}
