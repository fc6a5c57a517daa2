import type {Context} from '../../context.js';
import {resolveSettings, type Settings} from '../../domain/settings.js';
import {helpNow} from '../../safety/help.js';
import {type HelpContent, helpContent} from '../../safety/help-content.js';
import type {SafetyPlan} from '../../safety/plan.js';
import {readPlanVersions} from './plan-versions.js';

/**
 * Help now for this person: their settings (or the defaults, if those cannot be
 * read) and their newest plan (or none, if the store cannot be read). Never throws:
 * the lines are shown whatever else is broken.
 */
export function helpContentFor(context: Context): HelpContent {
	let settings: Settings;
	try {
		settings = context.settings();
	} catch {
		settings = resolveSettings({}).settings;
	}
	let plan: SafetyPlan | undefined;
	try {
		plan = readPlanVersions(context, {warn: false})[0];
	} catch {
		plan = undefined;
	}
	return helpContent(helpNow(settings, context.env), plan);
}
