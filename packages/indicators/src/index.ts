export { breakdownOf, observationOf, progressOf, seriesOf } from "./accessors.ts";
export {
  ambitionIndicators,
  type HeadlineIndicator,
  INDICATORS,
  packageIndicator,
  rStrategyIndicators,
  themeIndicators,
} from "./catalogue/ids.ts";
export { indicatorDefinitions } from "./definitions.ts";
export { computeIndicators, createIndicatorAccumulator, type IndicatorAccumulator } from "./engine.ts";
export type { ComputeOptions } from "./options.ts";
export type {
  BreakdownEntry,
  BreakdownFamily,
  BreakdownMember,
  CatalogueEntry,
  Geography,
  IndicatorResults,
  InputFacts,
  Measure,
  ProgressEntry,
  ProgressStatus,
  ResultSubject,
  RuleRef,
  SeriesPoint,
  SubjectRef,
  SubjectType,
  YearSpan,
} from "./results.ts";
export { defaultCircularityRule } from "./rule/default.ts";
export { type ParsedRule, parseCircularityRule, type RuleError } from "./rule/parse.ts";
export type {
  AmbitionLevel,
  AppliedCriterionCondition,
  CircularityCondition,
  CircularityRule,
  EformsCondition,
  TextLocation,
} from "./rule/types.ts";
