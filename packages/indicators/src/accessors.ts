import type { Observation } from "@mra-circulair/types";
import type {
  BreakdownEntry,
  BreakdownFamily,
  CatalogueEntry,
  IndicatorResults,
  ProgressEntry,
  SeriesPoint,
  SubjectRef,
} from "./results.ts";

interface Index {
  readonly byKey: ReadonlyMap<string, Observation>;
  readonly bySeries: ReadonlyMap<string, Observation[]>;
}

// results are plain data; the index is built on first use and kept for as long as the results live
const indexes = new WeakMap<IndicatorResults, Index>();

const subjectKey = (subject: SubjectRef) => `${subject.type}\u0000${subject.id}`;

function indexOf(results: IndicatorResults): Index {
  let index = indexes.get(results);
  if (index) return index;
  const byKey = new Map<string, Observation>();
  const bySeries = new Map<string, Observation[]>();
  for (const observation of results.observations) {
    const series = `${observation.indicator}\u0000${subjectKey(observation.subject)}`;
    byKey.set(`${series}\u0000${observation.period.start.slice(0, 4)}`, observation);
    const list = bySeries.get(series);
    if (list) list.push(observation);
    else bySeries.set(series, [observation]);
  }
  index = { byKey, bySeries };
  indexes.set(results, index);
  return index;
}

/** The observation of an indicator for a subject in a year, if there is one. */
export function observationOf(
  results: IndicatorResults,
  indicator: string,
  subject: SubjectRef,
  year: number,
): Observation | undefined {
  return indexOf(results).byKey.get(`${indicator}\u0000${subjectKey(subject)}\u0000${year}`);
}

/** The values of an indicator for a subject, year by year; years without data are absent. */
export function seriesOf(results: IndicatorResults, indicator: string, subject: SubjectRef): SeriesPoint[] {
  return (indexOf(results).bySeries.get(`${indicator}\u0000${subjectKey(subject)}`) ?? []).map((observation) => ({
    year: Number(observation.period.start.slice(0, 4)),
    value: observation.value,
    observation,
  }));
}

/**
 * A breakdown for a subject in a year: one entry per member of the family (MVOI themes, ambition levels, R-strategies
 * per ladder, purchase packages), in catalogue order, with its count and share observations where there are any.
 * Empty when the subject has no data that year.
 */
export function breakdownOf(
  results: IndicatorResults,
  family: BreakdownFamily,
  subject: SubjectRef,
  year: number,
): BreakdownEntry[] {
  const members = new Map<string, { entry: CatalogueEntry; count?: Observation; share?: Observation }>();
  for (const entry of results.catalogue) {
    if (entry.family !== family || !entry.member) continue;
    const key = `${entry.member.ladder ?? ""}:${entry.member.code}`;
    const slot = members.get(key) ?? { entry };
    const observation = observationOf(results, entry.indicator, subject, year);
    if (observation && entry.measure === "share") slot.share = observation;
    else if (observation) slot.count = observation;
    members.set(key, slot);
  }
  return [...members.values()]
    .filter((slot) => slot.count || slot.share)
    .map(({ entry, count, share }) => ({
      member: entry.member as NonNullable<CatalogueEntry["member"]>,
      ...(count ? { count } : {}),
      ...(share ? { share } : {}),
    }));
}

/** The progress entries of a subject, year by year; for one indicator when given. */
export function progressOf(results: IndicatorResults, subject: SubjectRef, indicator?: string): ProgressEntry[] {
  return results.progress.filter(
    (entry) =>
      entry.subject.type === subject.type &&
      entry.subject.id === subject.id &&
      (indicator === undefined || entry.indicator === indicator),
  );
}
