import type {
  CriterionTypeCode,
  EformsEnvironmentalImpactCode,
  LocalizedText,
  MvoiThemeCode,
} from "@mra-circulair/types";

/** A place in a text: line and column, both counted from 1; the column counts characters (code points). */
export interface TextLocation {
  readonly line: number;
  readonly column: number;
}

/** An MVI ambition level, from low to high: basis, significant, ambitieus. */
export type AmbitionLevel = "basis" | "significant" | "ambitieus";

/**
 * A condition on one applied criterion: it holds when the criterion carries the MVOI theme, was applied in one of
 * the uses, and meets the minimum award weight and ambition level where given.
 */
export interface AppliedCriterionCondition {
  /** The kind of condition. */
  readonly kind: "applied-criterion";
  /** The MVOI theme the criterion must carry (`circulair`). */
  readonly mvoiTheme: MvoiThemeCode;
  /** The uses that count (`eis`, `gunningscriterium`); at least one. */
  readonly uses: readonly CriterionTypeCode[];
  /** For use `gunningscriterium`: the least award weight in percent, as a decimal string; an applied criterion without a weight fails it. */
  readonly minWeight?: string;
  /** The least MVI ambition level of the criterion. */
  readonly minAmbitionLevel?: AmbitionLevel;
}

/** A condition on the procurement's eForms codes: it holds when BT-774 carries one of the codes. */
export interface EformsCondition {
  /** The kind of condition. */
  readonly kind: "eforms-environmental-impact";
  /** The BT-774 codes that count (`circ-econ`); at least one. */
  readonly codes: readonly EformsEnvironmentalImpactCode[];
}

/** One condition of a circularity rule. */
export type CircularityCondition = AppliedCriterionCondition | EformsCondition;

/**
 * The rule that decides when a procurement counts as circular, written down as data and versioned: a procurement
 * counts when any of the conditions holds.
 */
export interface CircularityRule {
  /** The rule's identifier. */
  readonly id: string;
  /** The rule's version, as MAJOR.MINOR.PATCH; a change that counts differently raises the major number. */
  readonly version: string;
  /** A short name. */
  readonly name: LocalizedText;
  /** What counts as circular, in words. */
  readonly description: LocalizedText;
  /** The conditions; a procurement counts as circular when at least one holds. */
  readonly conditions: readonly CircularityCondition[];
}
