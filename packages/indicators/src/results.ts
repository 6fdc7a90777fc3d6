import type {
  IndicatorDefinition,
  LocalizedText,
  Observation,
  Organisation,
  SubregionCode,
  TargetKindCode,
  TargetStatusCode,
} from "@mra-circulair/types";

/**
 * How mergers are treated. `as-is`: the history of a merged municipality counts for the organisation that continues
 * it today, and in that organisation's subregion, so series over 2019-2025 compare like with like. `as-was`: every
 * procurement counts for the organisation that existed on its counting day, in that organisation's own subregion.
 */
export type Geography = "as-is" | "as-was";

/** The kind of subject a value is about; the same three kinds as an Observation's subject. */
export type SubjectType = "organisation" | "subregion" | "mra";

/** Which subject a value is about: an organisation id, a subregion code, or `mra`. */
export interface SubjectRef {
  /** The kind of subject. */
  readonly type: SubjectType;
  /** The organisation's identifier, the subregion code (`ijmond`), or `mra`. */
  readonly id: string;
}

/** A subject of the results, with what a report needs to show it. */
export interface ResultSubject extends SubjectRef {
  /** The subject's name in Dutch and English (organisation names and subregion names are the same in both). */
  readonly name: { readonly nl: string; readonly en: string };
  /** For an organisation: its kind (gemeente, provincie, vervoerregio, other). */
  readonly organisationKind?: Organisation["kind"];
  /** For an organisation: the subregion it counts in under the chosen geography; absent for provinces and the Vervoerregio. */
  readonly subregion?: SubregionCode;
  /** For an organisation: the first day it existed, when known (inclusive). */
  readonly validFrom?: string;
  /** For an organisation: the day it stopped existing (exclusive, as CBS end dates); only under `as-was`. */
  readonly validTo?: string;
  /** For an organisation under `as-is`: the identifiers of the merged organisations whose history it carries, sorted. */
  readonly predecessors?: readonly string[];
  /** For a subregion or the MRA: the identifiers of the organisation subjects it adds up, sorted. */
  readonly members?: readonly string[];
}

/** The families of breakdown indicators: one indicator per member of a codelist or per purchase package. */
export type BreakdownFamily = "mvoi-theme" | "mvi-ambition-level" | "r-strategy" | "purchase-package";

/** What an indicator's value is: a count, a share in percent, a sum of euros, or a sum of tonnes. */
export type Measure = "count" | "share" | "value" | "quantity";

/** One member of a breakdown: a codelist code (with its R-ladder for R-strategies) or a purchase package id. */
export interface BreakdownMember {
  /** The code (`circulair`, `significant`, `R3`) or the purchase package identifier. */
  readonly code: string;
  /** For an R-strategy: the ladder the code belongs to (`pbl-r0-r9` or `rvo-r1-r6`). */
  readonly ladder?: "pbl-r0-r9" | "rvo-r1-r6";
  /** The member's label in Dutch and English. */
  readonly label: { readonly nl: string; readonly en: string };
}

/** What the engine knows about one indicator it computes, so that no one has to parse indicator identifiers. */
export interface CatalogueEntry {
  /** The identifier of the IndicatorDefinition (`circular-procurement-share`, `mvoi-theme-share:circulair`). */
  readonly indicator: string;
  /** `headline` for the indicators of a subject as a whole, else the breakdown family. */
  readonly family: "headline" | BreakdownFamily;
  /** What the value is. */
  readonly measure: Measure;
  /** For a breakdown indicator: the member it is about. */
  readonly member?: BreakdownMember;
}

/** The counting rule used, as named in every result. */
export interface RuleRef {
  /** The rule's identifier (`mra-circulair-default`). */
  readonly id: string;
  /** The rule's version (`1.0.0`); also the `ruleVersion` of every observation. */
  readonly version: string;
  /** The rule's name. */
  readonly name: LocalizedText;
  /** What the rule counts as circular, in words. */
  readonly description: LocalizedText;
}

/** The years the results cover, both inclusive; absent when no procurement could be placed in a year. */
export interface YearSpan {
  /** The first year. */
  readonly from: number;
  /** The last year. */
  readonly to: number;
}

/**
 * Progress status of a subject against the declaration's targets in a year. In a target year: `achieved` or
 * `missed`. Between target years: `on-track` when the value is at or above the linear path between the targets,
 * else `behind`. `no-data` when the subject has no procurement value in the year.
 */
export type ProgressStatus = "on-track" | "behind" | "achieved" | "missed" | "no-data";

/** One subject's progress towards the declaration's targets in one year. */
export interface ProgressEntry {
  /** Whom the entry is about. */
  readonly subject: SubjectRef;
  /** The indicator the targets are set in (`circular-procurement-share`). */
  readonly indicator: string;
  /** The calendar year. */
  readonly year: number;
  /** The value of the indicator, rounded as in the observation; absent when there is no data. */
  readonly value?: string;
  /** The target for this year: the target itself in a target year, else the point on the linear path, rounded to 6 decimals. */
  readonly target: string;
  /** `target - value`, rounded to 6 decimals: positive is the distance still to go, negative is the lead; absent without data. */
  readonly gap?: string;
  /** The status. */
  readonly status: ProgressStatus;
  /** Whether `year` is itself a target year of the declaration. */
  readonly targetYear: boolean;
  /** The identifiers of the one or two targets the year's target comes from (the target, or the two ends of the path). */
  readonly targets: readonly string[];
  /** The kind of the governing target: that of the year's target, or of the next target on the path. */
  readonly targetKind: TargetKindCode;
  /** The status of the governing target in the declaration (`tentative` for the 2030 end target). */
  readonly targetStatus: TargetStatusCode;
  /** The identifier of the observation the value comes from; absent when there is no data. */
  readonly observation?: string;
}

/** Counts of the input, so that a report can say what was and was not counted. */
export interface InputFacts {
  /** The identifier of the input dataset (`datasetId` option, else the dataset's `meta.id`). */
  readonly datasetId: string;
  /** The title of the input dataset (`meta.title`), when it has one. */
  readonly datasetTitle?: LocalizedText;
  /** Procurement records in the dataset. */
  readonly procurements: number;
  /** Procurements counted in a year: all but those without a date and those with an unknown buyer. */
  readonly counted: number;
  /** Counted procurements by the date that placed them in a year: award, else contract start, else publication. */
  readonly yearBasis: { readonly award: number; readonly contractStart: number; readonly publication: number };
  /** Procurements with none of the three dates: counted in no year. */
  readonly undated: number;
  /** Procurements whose buyer is no organisation of the dataset or, with `reference`, of the reference data. */
  readonly unknownBuyer: number;
  /** Procurements counted for a different organisation than their buyer because of a merger. */
  readonly reassignedByMerger: number;
  /** Applied criteria whose criterion is not in the dataset: they count for nothing but the procurement itself. */
  readonly unresolvedCriteria: number;
  /** Counted procurements that the rule counts as circular. */
  readonly circular: number;
  /** Organisations known to the engine (from the dataset, or the reference data when the dataset has none). */
  readonly organisations: number;
  /** Criteria known to the engine. */
  readonly criteria: number;
  /** Purchase package adoptions known to the engine. */
  readonly adoptions: number;
  /** Where organisations, targets and purchase packages came from: the dataset itself or the bundled reference data. */
  readonly referenceUsed: {
    readonly organisations: boolean;
    readonly targets: boolean;
    readonly purchasePackages: boolean;
  };
}

/** Everything {@link computeIndicators} computes from one dataset. */
export interface IndicatorResults {
  /** The counting rule that decided which procurements count as circular. */
  readonly rule: RuleRef;
  /** The geography used for mergers. */
  readonly geography: Geography;
  /** The years covered; absent when no procurement was placed in a year. */
  readonly years?: YearSpan;
  /** Every subject: organisations, then subregions, then the MRA; organisations in the usual reading order. */
  readonly subjects: readonly ResultSubject[];
  /** The IndicatorDefinitions of every indicator in `catalogue`, in the same order. */
  readonly definitions: readonly IndicatorDefinition[];
  /** The indicators computed, headline first, then per breakdown family and member. */
  readonly catalogue: readonly CatalogueEntry[];
  /**
   * The values as Observation records (valid exchange data, quality `computed`, with `ruleVersion`, `computedFrom` up
   * to the limit, and provenance naming the rule, the geography and the dataset), sorted by indicator (catalogue
   * order), subject (subjects order) and year. A subject-year without data has no observations.
   */
  readonly observations: readonly Observation[];
  /** Progress against the declaration's targets for every subject and year, in subjects order and then by year. */
  readonly progress: readonly ProgressEntry[];
  /** Counts of the input. */
  readonly input: InputFacts;
}

/** One point of a series: a year and its value. */
export interface SeriesPoint {
  /** The calendar year. */
  readonly year: number;
  /** The value as an exact decimal string. */
  readonly value: string;
  /** The observation the value comes from. */
  readonly observation: Observation;
}

/** One member of a breakdown for a subject and year: its count and share, where there are any. */
export interface BreakdownEntry {
  /** The member. */
  readonly member: BreakdownMember;
  /** The count: procurements (MVOI theme, ambition level), applied criteria (R-strategy) or adopting organisations (purchase package). */
  readonly count?: Observation;
  /** The share in percent of the family's base; absent for purchase packages, which have counts only. */
  readonly share?: Observation;
}
