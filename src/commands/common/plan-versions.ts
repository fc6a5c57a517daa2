import type {Context} from '../../context.js';
import {PLAN_TYPE, planVersions, type SafetyPlan} from '../../safety/plan.js';
import {readEntries} from '../../store/entries.js';
import {warnUnreadable} from './read.js';

/**
 * Every saved version of the safety plan, newest first. Only lines that mention the type are
 * parsed. Help now reads it too (help-content.ts, hard-entry-help.ts), so it lives apart from
 * `cope plan`'s printing (and the date formatting that brings).
 */
export function readPlanVersions(context: Context, options: {warn: boolean}): SafetyPlan[] {
	const {entries, unreadable} = readEntries(context.paths, {mentions: PLAN_TYPE, keep: (entry) => entry.type === PLAN_TYPE});
	if (options.warn) warnUnreadable(context, unreadable);
	return planVersions(entries);
}
