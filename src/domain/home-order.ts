import type {HomePlan} from './goals/home.js';

/** The exercise riding out an urge is: first on the home screen after a hard entry today. */
const URGE_EXERCISE = 'urge-surfing';

/**
 * The order the home screen lists the exercises in (the screens' and the plain menu's), as
 * places in `ids`: homework set for today first, in the order it was set (docs/goals.md); after
 * a hard entry today, riding out an urge before everything, quietly (docs/safety.md); the rest
 * as they came.
 */
export function homeOrder(ids: readonly string[], plan: HomePlan, urgeFirst: boolean): number[] {
	const due = (id: string): number => plan.due.findIndex((item) => item.exercise === id);
	const places = ids.map((_, place) => place);
	const homework = places.filter((place) => due(ids[place] as string) >= 0).sort((a, b) => due(ids[a] as string) - due(ids[b] as string));
	const ordered = [...homework, ...places.filter((place) => due(ids[place] as string) < 0)];
	return urgeFirst
		? [...ordered.filter((place) => ids[place] === URGE_EXERCISE), ...ordered.filter((place) => ids[place] !== URGE_EXERCISE)]
		: ordered;
}
