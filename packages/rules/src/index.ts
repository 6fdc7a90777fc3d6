export { codelistOfPointer } from "./codelist-of-pointer.ts";
export type { OrganisationSource } from "./dataset-index.ts";
export { bundledMetadata, bundledSource } from "./metadata/bundled.ts";
export {
  type CodelistFacts,
  type CodelistRef,
  createSchemaMetadata,
  type MetadataSource,
  type PropertyEntry,
  type SchemaMetadata,
  type SchemaNode,
} from "./metadata/schema-metadata.ts";
export type { DeclaredId } from "./model/ids.ts";
export type { OrganisationFacts } from "./model/organisations.ts";
export { readingOrder, readingRank } from "./model/reading-order.ts";
export { type FactSink, type IndicatorUnit, type RecordFacts, recordFacts } from "./model/record-facts.ts";
export type { Collect, Reference, ReferenceTarget } from "./model/references.ts";
export { codeNotInClosedCodelist } from "./rules/code-not-in-closed-codelist.ts";
export { ruleDefinitions } from "./rules.ts";
export {
  createRecordRuleRunner,
  createRuleRunner,
  type FactRecord,
  type RecordCheck,
  type RecordRuleRunner,
  type RuleRecord,
  type RuleRunner,
  type RuleRunnerOptions,
  runRules,
} from "./runner.ts";
