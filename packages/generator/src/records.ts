import { createIndicatorAccumulator } from "@mra-circulair/indicators";
import { referenceDataset } from "@mra-circulair/reference";
import type { DatasetMeta, DatasetRecord } from "@mra-circulair/types";
import { daysFromCivil, weekday } from "./calendar.ts";
import { criterionRecords, mviLinkRecords } from "./criteria.ts";
import { type GenerateOptions, resolveOptions, type Settings } from "./options.ts";
import { ProcurementFactory } from "./procurement.ts";
import { createRandom } from "./random.ts";

/**
 * Observations list the procurements they are computed from only up to this many: a subject-year of a large dataset
 * counts thousands, and a full list on each of its observations would make the observations most of the file.
 */
export const COMPUTED_FROM_LIMIT = 100;

function datasetMeta({ seed, records, from, to }: Settings): DatasetMeta {
  return {
    schemaVersion: "1.0",
    id: `mra-synthetic-${seed}-${records}`,
    title: { nl: "Synthetische dataset circulair inkopen MRA", en: "Synthetic MRA circular procurement dataset" },
    description: {
      nl: `Gemaakt door @mra-circulair/generator met seed ${seed}: de referentiegegevens plus ${records} synthetische aanbestedingen uit ${from} tot en met ${to}, met criteria, MVI-koppelingen en waarnemingen. Geen werkelijke gegevens.`,
      en: `Made by @mra-circulair/generator with seed ${seed}: the reference data plus ${records} synthetic procurements from ${from} to ${to}, with criteria, MVI links and observations. Not real data.`,
    },
    publisher: { name: "mra-circulair" },
    license: "https://creativecommons.org/licenses/by/4.0/",
    publishedAt: `${to + 1}-01-01T00:00:00Z`,
  };
}

/** How many procurements each year gets: a few percent more each year, summing exactly to `records`. */
export function yearCounts({ records, from, to }: Settings): number[] {
  const weights = Array.from({ length: to - from + 1 }, (_, i) => BigInt(100 + 6 * i));
  const total = weights.reduce((sum, weight) => sum + weight, 0n);
  const wanted = BigInt(records);
  const counts = weights.map((weight) => (wanted * weight) / total);
  // largest remainder: the years with the largest cut-off fractions get the procurements left over
  const order = weights
    .map((weight, index) => ({ index, remainder: (wanted * weight) % total }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  let left = wanted - counts.reduce((sum, count) => sum + count, 0n);
  for (const { index } of order) {
    if (left === 0n) break;
    counts[index] = (counts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return counts.map(Number);
}

// tenders are published on working days: a weekend day moves to the Friday before, or the Monday after in January
function workday(day: number, yearStart: number): number {
  const dayOfWeek = weekday(day);
  const moved = dayOfWeek === 6 ? day - 1 : dayOfWeek === 0 ? day - 2 : day;
  return moved < yearStart ? moved + 3 : moved;
}

function withoutIds<T extends { id: string }>(records: readonly T[], taken: readonly { id: string }[]): T[] {
  const ids = new Set(taken.map((record) => record.id));
  return records.filter((record) => !ids.has(record.id));
}

/**
 * The records of a generated dataset as DatasetRecord lines, in NDJSON order: the metadata, the reference data
 * (organisations, declarations, signatures, roadmaps, goals, purchase packages, tracks), criteria, indicator
 * definitions, MVI links, then `records` procurements in order of publication and the observations that
 * `@mra-circulair/indicators` computes from them (with `computedFrom` up to {@link COMPUTED_FROM_LIMIT}). Lazy: each
 * record is made when asked for, and memory stays flat: the engine keeps at most the identifiers a `computedFrom` list
 * can still need.
 */
export function* generateRecords(options: GenerateOptions): Generator<DatasetRecord, void, undefined> {
  const settings = resolveOptions(options);
  const reference = referenceDataset;
  const organisations = reference.organisations ?? [];
  const declarations = reference.declarations ?? [];
  const purchasePackages = reference.purchasePackages ?? [];
  const meta = datasetMeta(settings);
  // should the reference data gain criteria or links, its own records win over the generated ones
  const referenceCriteria = reference.criteria ?? [];
  const criteria = [...referenceCriteria, ...withoutIds(criterionRecords(), referenceCriteria)];

  // context records are yielded as copies: a caller that changes one changes neither the reference data nor the results
  yield { type: "meta", record: structuredClone(meta) };
  for (const record of organisations) yield { type: "organisation", record: structuredClone(record) };
  for (const record of declarations) yield { type: "declaration", record: structuredClone(record) };
  for (const record of reference.signatures ?? []) yield { type: "signature", record: structuredClone(record) };
  for (const record of reference.roadmaps ?? []) yield { type: "roadmap", record: structuredClone(record) };
  for (const record of reference.goals ?? []) yield { type: "goal", record: structuredClone(record) };
  for (const record of purchasePackages) yield { type: "purchase-package", record: structuredClone(record) };
  for (const record of reference.tracks ?? []) yield { type: "track", record: structuredClone(record) };
  for (const record of criteria) yield { type: "criterion", record: structuredClone(record) };
  // the reference data defines the engine's indicators (a test holds every observation to a definition here)
  for (const record of reference.indicatorDefinitions ?? []) {
    yield { type: "indicator-definition", record: structuredClone(record) };
  }
  const referenceLinks = reference.mviLinks ?? [];
  for (const record of referenceLinks) yield { type: "mvi-link", record: structuredClone(record) };
  for (const record of withoutIds(mviLinkRecords(), referenceLinks)) yield { type: "mvi-link", record };

  const random = createRandom(settings.seed);
  const factory = new ProcurementFactory(random, organisations, settings);
  // the engine reads the records above besides the procurements: the same observations as computeIndicators gives
  const indicators = createIndicatorAccumulator(
    { meta, organisations, declarations, purchasePackages, criteria },
    { computedFromLimit: COMPUTED_FROM_LIMIT },
  );
  const counts = yearCounts(settings);
  for (let year = settings.from; year <= settings.to; year++) {
    const count = counts[year - settings.from] ?? 0;
    const start = daysFromCivil(year, 1, 1);
    const length = daysFromCivil(year + 1, 1, 1) - start;
    for (let i = 0; i < count; i++) {
      // the i-th of `count` evenly spaced slots, jittered within the slot: publication days never decrease
      const day = workday(start + Math.floor(((i + random.float()) * length) / count), start);
      const procurement = factory.make(day);
      indicators.add(procurement);
      yield { type: "procurement", record: procurement };
    }
  }
  for (const record of indicators.results().observations) yield { type: "observation", record };
}
