import type { Declaration, IndicatorDefinition, Observation } from "@mra-circulair/types";
import type { SubjectPlan } from "../context/subjects.ts";
import { type Exact, formatValue } from "../decimal/round.ts";
import { periodOf } from "../observations/period.ts";
import type { Geography, ProgressEntry, YearSpan } from "../results.ts";
import { pointOf, targetPaths } from "./path.ts";
import { statusOf } from "./status.ts";

/** An observation with the exact value it was rounded from, which progress compares. */
export interface ExactObservation {
  readonly observation: Observation;
  readonly exact: Exact;
}

/**
 * Progress of every subject in every year against the paths of the declarations' targets: for each indicator that
 * has targets and a definition, in subject order and then by year. Years up to the signing year and years in which
 * an organisation did not exist have no entry.
 */
export function progressEntries(
  declarations: readonly Declaration[],
  definitions: readonly IndicatorDefinition[],
  plans: readonly SubjectPlan[],
  years: YearSpan,
  geography: Geography,
  observations: readonly ExactObservation[],
): ProgressEntry[] {
  const key = (indicator: string, type: string, id: string, year: number | string) =>
    `${indicator}\u0000${type}\u0000${id}\u0000${year}`;
  const found = new Map(
    observations.map((o) => {
      const { indicator, subject, period } = o.observation;
      return [key(indicator, subject.type, subject.id, period.start.slice(0, 4)), o];
    }),
  );
  const directions = new Map(definitions.map((d) => [d.id, d.direction]));
  const entries: ProgressEntry[] = [];
  for (const path of targetPaths(declarations)) {
    const direction = directions.get(path.indicator);
    if (!direction) continue;
    for (const plan of plans) {
      for (let year = years.from; year <= years.to; year++) {
        const point = pointOf(path, year);
        if (!point || !periodOf(plan, year, geography)) continue;
        const value = found.get(key(path.indicator, plan.subject.type, plan.subject.id, year));
        entries.push({
          subject: { type: plan.subject.type, id: plan.subject.id },
          indicator: path.indicator,
          year,
          ...(value
            ? {
                value: value.observation.value,
                gap: formatValue(point.value.minus(value.exact)),
                observation: value.observation.id,
              }
            : {}),
          target: formatValue(point.value),
          status: statusOf(value?.exact, point, direction),
          targetYear: point.targetYear,
          targets: point.targets.map((t) => t.id),
          targetKind: point.governing.kind,
          targetStatus: point.governing.status,
        });
      }
    }
  }
  return entries;
}
