/**
 * exercises/schema.json, generated from the zod schema (npm run schema) so that
 * editors check exercise files against exactly what cope accepts. A test fails
 * when the committed file and this differ.
 */
import * as z from 'zod';
import {exerciseSchema} from './schema.js';

export function exerciseJsonSchema(): Record<string, unknown> {
	return z.toJSONSchema(exerciseSchema, {target: 'draft-2020-12'});
}

/** The file's exact text: tabs, one trailing newline. */
export function exerciseJsonSchemaText(): string {
	return JSON.stringify(exerciseJsonSchema(), null, '\t') + '\n';
}
