import type {Context} from '../../context.js';
import {closest} from '../../domain/closest.js';
import {inert} from '../../domain/text.js';

/**
 * When nothing matched a --type that no exercise writes ("moood"): a line naming the types
 * there are (the built-in exercises' and the person's own) and the nearest; undefined when
 * the type is one of them. Read only then: the exercise files are not part of the fast paths.
 */
export async function unknownTypeNote(context: Context, type: string): Promise<string | undefined> {
	const {readExerciseDefinitions} = await import('../../store/exercise-definitions.js');
	const types = new Set(['mood', 'journal']);
	for (const exercise of readExerciseDefinitions(context.paths).values()) types.add(exercise.kind ?? exercise.id);
	if (types.has(type)) return undefined;
	const near = closest(type, [...types]);
	// Kinds come from exercise files, the person's own too: shown inert.
	const shown = (name: string): string => inert(name, {singleLine: true});
	return `No exercise writes entries of type "${shown(type)}".${near === undefined ? '' : ` Did you mean ${shown(near)}?`} Types: ${[...types].map(shown).join(', ')}.`;
}
