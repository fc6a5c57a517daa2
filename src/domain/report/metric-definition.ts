import type {MetricScale} from '../exercise/vocabulary.js';
import {metricName} from '../exercise/vocabulary.js';
import type {MetricDefinition} from '../stats/report-data.js';

function sameScale(a: MetricScale['step'], b: MetricScale['step']): boolean {
	return a.min === b.min && a.max === b.max && JSON.stringify(a.labels ?? {}) === JSON.stringify(b.labels ?? {});
}

/**
 * A custom metric as the report shows it, from the scale steps that record it: their
 * range (the widest, when exercises disagree, which is then said once), labels and name.
 * Undefined when no exercise defines it (the report then spreads the shades over the readings).
 */
export function metricDefinition(metric: string, scales: readonly MetricScale[]): MetricDefinition | undefined {
	const first = scales[0];
	if (first === undefined) return undefined;
	const min = Math.min(...scales.map((scale) => scale.step.min));
	const max = Math.max(...scales.map((scale) => scale.step.max));
	const definition: MetricDefinition = {name: metricName(metric, scales), scale: {min, max}};
	if (first.step.labels !== undefined && Object.keys(first.step.labels).length > 0) definition.labels = first.step.labels;
	const differing = scales.filter((scale) => !sameScale(scale.step, first.step));
	if (differing.length > 0) {
		const each = scales.map(
			(scale) => `${scale.step.min}–${scale.step.max}${scale.step.labels === undefined ? '' : ' with its own words'} in ${scale.exercise}`,
		);
		definition.note = `${metric} is recorded differently by your exercises: ${[...new Set(each)].join(', ')}; shown here on ${min}–${max}`;
	}
	return definition;
}
