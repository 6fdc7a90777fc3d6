import { referenceDataset } from "@mra-circulair/reference";
import type {
  Criterion,
  Dataset,
  Declaration,
  IndicatorDefinition,
  Procurement,
  PurchasePackage,
} from "@mra-circulair/types";
import { INDICATORS } from "./catalogue/ids.ts";
import { GeographyResolver } from "./context/geography.ts";
import { OrganisationRegister } from "./context/organisations.ts";
import { planSubjects } from "./context/subjects.ts";
import { Classifier } from "./counting/classify.ts";
import { CIRCULAR } from "./counting/flags.ts";
import { Tally } from "./counting/tally.ts";
import { countingDay, type YearBasis } from "./counting/year.ts";
import { ambitionLevel } from "./families/ambition-level/ambition-level.ts";
import { circularCriteria } from "./families/circular-criteria/circular-criteria.ts";
import { circularShare } from "./families/circular-share/circular-share.ts";
import type { TallyFamily, Value } from "./families/family.ts";
import { mvoiTheme } from "./families/mvoi-theme/mvoi-theme.ts";
import { outcomes } from "./families/outcomes/outcomes.ts";
import { procurementBase } from "./families/procurement-base/procurement-base.ts";
import { AdoptionCounter, packageDefinition } from "./families/purchase-package/adoption.ts";
import { rStrategy } from "./families/r-strategy/r-strategy.ts";
import { ComputedFrom } from "./observations/computed-from.ts";
import { ObservationWriter } from "./observations/observation.ts";
import { periodOf } from "./observations/period.ts";
import type { ComputeOptions } from "./options.ts";
import { type ExactObservation, progressEntries } from "./progress/entries.ts";
import type { CatalogueEntry, IndicatorResults, YearSpan } from "./results.ts";
import { CompiledRule } from "./rule/compile.ts";
import { defaultCircularityRule } from "./rule/default.ts";

const SCHEMA_MAX_COMPUTED_FROM = 100_000;
const HEADLINE_FAMILIES: readonly TallyFamily[] = [circularShare, procurementBase, circularCriteria, outcomes];
const BREAKDOWN_FAMILIES: readonly TallyFamily[] = [mvoiTheme, ambitionLevel, rStrategy];
const TALLY_FAMILIES = [...HEADLINE_FAMILIES, ...BREAKDOWN_FAMILIES];

/** Counts procurements one at a time and computes the results at the end; see {@link createIndicatorAccumulator}. */
export interface IndicatorAccumulator {
  /** Counts one procurement. Throws a RangeError naming the procurement when its contract value is not an amount. */
  add(procurement: Procurement): void;
  /** The results of everything added so far. */
  results(): IndicatorResults;
}

function firstNonEmpty<T>(
  own: readonly T[] | undefined,
  reference: readonly T[] | undefined,
  use: boolean,
): { list: readonly T[]; fromReference: boolean } {
  if (own && own.length > 0) return { list: own, fromReference: false };
  return use && reference && reference.length > 0
    ? { list: reference, fromReference: true }
    : { list: [], fromReference: false };
}

/**
 * An accumulator for datasets too large to hold: `context` gives the organisations, criteria, declarations and
 * purchase packages (its procurements are not read), and the procurements are added one by one. Memory is bounded by
 * the organisation-years times `computedFromLimit`, not by the number of procurements: per organisation and year it
 * keeps sums, and identifiers only while a `computedFrom` list can still name them. {@link computeIndicators} is this
 * with a whole dataset.
 *
 * @example
 * const accumulator = createIndicatorAccumulator(contextRecords, { geography: "as-was" });
 * for await (const procurement of procurements) accumulator.add(procurement);
 * const results = accumulator.results();
 */
export function createIndicatorAccumulator(context: Dataset, options: ComputeOptions = {}): IndicatorAccumulator {
  const useReference = options.reference ?? true;
  const geography = options.geography ?? "as-is";
  const rule = options.rule ?? defaultCircularityRule;
  const limit = options.computedFromLimit ?? SCHEMA_MAX_COMPUTED_FROM;
  if (!Number.isInteger(limit) || limit < 1 || limit > SCHEMA_MAX_COMPUTED_FROM)
    throw new RangeError(
      `computedFromLimit must be a whole number from 1 to ${SCHEMA_MAX_COMPUTED_FROM}, got ${limit}`,
    );
  const datasetId = options.datasetId ?? context.meta.id;

  const register = new OrganisationRegister(context, useReference);
  const resolver = new GeographyResolver(register, geography);
  const criteria = new Map<string, Criterion>();
  for (const criterion of useReference ? (referenceDataset.criteria ?? []) : []) criteria.set(criterion.id, criterion);
  for (const criterion of context.criteria ?? []) criteria.set(criterion.id, criterion);
  const classifier = new Classifier(criteria, new CompiledRule(rule));
  const declarations = firstNonEmpty<Declaration>(
    (context.declarations ?? []).filter((d) => d.targets.length > 0),
    referenceDataset.declarations,
    useReference,
  );
  const packages = firstNonEmpty<PurchasePackage>(
    context.purchasePackages,
    referenceDataset.purchasePackages,
    useReference,
  );
  const publishedAt = packages.fromReference ? referenceDataset.meta.publishedAt : context.meta.publishedAt;
  const adoptions = new AdoptionCounter(packages.list, Number(publishedAt.slice(0, 4)), resolver);

  const tallies = new Map<string, Map<number, Tally>>();
  const basis: Record<YearBasis, number> = { award: 0, contractStart: 0, publication: 0 };
  let added = 0;
  let undated = 0;
  let unknownBuyer = 0;
  let reassigned = 0;
  let unresolved = 0;
  let circular = 0;

  const add = (procurement: Procurement): void => {
    added += 1;
    const day = countingDay(procurement);
    if (!day) {
      undated += 1;
      return;
    }
    const organisation = resolver.resolve(procurement.buyer, day.date);
    if (!organisation) {
      unknownBuyer += 1;
      return;
    }
    const flags = classifier.classify(procurement);
    let years = tallies.get(organisation.id);
    if (!years) {
      years = new Map();
      tallies.set(organisation.id, years);
    }
    let tally = years.get(day.year);
    if (!tally) {
      tally = new Tally(limit);
      years.set(day.year, tally);
    }
    try {
      tally.add(procurement, flags, classifier.rCounts);
    } catch (error) {
      // a tally made for this procurement alone must not stay behind empty
      if (tally.count === 0) years.delete(day.year);
      throw new RangeError(`procurement ${procurement.id}: ${(error as Error).message}`);
    }
    basis[day.basis] += 1;
    unresolved += classifier.unresolved;
    if (organisation.id !== procurement.buyer) reassigned += 1;
    if (flags & CIRCULAR) circular += 1;
  };

  const results = (): IndicatorResults => {
    const plans = planSubjects(register, resolver);
    const years = yearSpan(tallies, adoptions);
    const catalogue: CatalogueEntry[] = [
      ...HEADLINE_FAMILIES.flatMap((family) => family.entries),
      ...(adoptions.measured ? adoptions.entries().slice(0, 1) : []),
      ...BREAKDOWN_FAMILIES.flatMap((family) => family.entries),
      ...(adoptions.measured ? adoptions.entries().slice(1) : []),
    ];
    const definitions = definitionsOf(catalogue, packages.list);
    const writer = new ObservationWriter({
      datasetId,
      packagesDatasetId: packages.fromReference ? referenceDataset.meta.id : datasetId,
      geography,
      rule,
      limit,
      units: new Map(definitions.map((d) => [d.id, d.unit])),
    });
    const order = new Map(catalogue.map((entry, index) => [entry.indicator, index]));
    const observations: (ExactObservation & { rank: number })[] = [];
    plans.forEach((plan, subjectIndex) => {
      for (let year = years?.from ?? 0; years && year <= years.to; year++) {
        const period = periodOf(plan, year, geography);
        if (!period) continue;
        const add = (value: Value, list?: readonly string[]) =>
          observations.push({
            observation: writer.write(value, plan.subject, year, period, list),
            exact: value.value,
            rank: (order.get(value.indicator) ?? 0) * plans.length + subjectIndex,
          });
        const members = [...plan.members].flatMap((id) => tallies.get(id)?.get(year) ?? []);
        if (members.length > 0) {
          const tally = members.length === 1 ? (members[0] as Tally) : sumOf(members, limit);
          const lists = new ComputedFrom(members, limit);
          for (const family of TALLY_FAMILIES)
            for (const value of family.values(tally)) add(value, lists.list(value.flag, value.counted));
        }
        // adoptions pass to the organisation that exists on the last day of the subject's period
        if (adoptions.measured)
          for (const value of adoptions.values(plan.members, year, plan.organisation ? period.end : `${year}-12-31`))
            add(value);
      }
    });
    observations.sort((a, b) => a.rank - b.rank || (a.observation.period.start < b.observation.period.start ? -1 : 1));

    const progress = years
      ? progressEntries(declarations.list, definitions, plans, years, geography, observations)
      : [];
    return {
      rule: { id: rule.id, version: rule.version, name: rule.name, description: rule.description },
      geography,
      ...(years ? { years } : {}),
      subjects: plans.map((plan) => plan.subject),
      definitions,
      catalogue,
      observations: observations.map((o) => o.observation),
      progress,
      input: {
        datasetId,
        ...(context.meta.title === undefined ? {} : { datasetTitle: context.meta.title }),
        procurements: added,
        counted: basis.award + basis.contractStart + basis.publication,
        yearBasis: { ...basis },
        undated,
        unknownBuyer,
        reassignedByMerger: reassigned,
        unresolvedCriteria: unresolved,
        circular,
        organisations: register.all().length,
        criteria: criteria.size,
        adoptions: adoptions.records,
        referenceUsed: {
          organisations: register.usedReference,
          targets: declarations.fromReference,
          purchasePackages: packages.fromReference,
        },
      },
    };
  };

  return { add, results };
}

function sumOf(tallies: readonly Tally[], limit: number): Tally {
  const sum = new Tally(limit);
  for (const tally of tallies) sum.addTally(tally);
  return sum;
}

function yearSpan(
  tallies: ReadonlyMap<string, ReadonlyMap<number, Tally>>,
  adoptions: AdoptionCounter,
): YearSpan | undefined {
  const years = [...tallies.values()].flatMap((perYear) => [...perYear.keys()]);
  const span = years.length > 0 ? years : adoptions.years();
  if (span.length === 0) return undefined;
  return { from: Math.min(...span), to: Math.max(...span) };
}

const referenceDefinitions = new Map((referenceDataset.indicatorDefinitions ?? []).map((d) => [d.id, d]));

function definitionsOf(
  catalogue: readonly CatalogueEntry[],
  packages: readonly PurchasePackage[],
): IndicatorDefinition[] {
  const headline = referenceDefinitions.get(INDICATORS.packagesAdopted);
  const derived = new Map(
    headline
      ? packages.map((pkg) => {
          const d = packageDefinition(pkg, headline);
          return [d.id, d] as const;
        })
      : [],
  );
  return catalogue.map((entry) => {
    const definition = referenceDefinitions.get(entry.indicator) ?? derived.get(entry.indicator);
    // the reference data's tests hold every indicator of the catalogue to a definition
    if (!definition) throw new Error(`no IndicatorDefinition for ${entry.indicator} in the reference data`);
    return definition;
  });
}

/**
 * Computes every indicator per organisation, per subregion and for the MRA, per year, from a dataset: Observation
 * records with provenance, progress against the declaration's targets, and counts of the input.
 *
 * @example
 * const results = computeIndicators(dataset, { geography: "as-is" });
 * seriesOf(results, INDICATORS.circularShare, { type: "mra", id: "mra" });
 */
export function computeIndicators(dataset: Dataset, options: ComputeOptions = {}): IndicatorResults {
  const accumulator = createIndicatorAccumulator(dataset, options);
  for (const procurement of dataset.procurements ?? []) accumulator.add(procurement);
  return accumulator.results();
}
