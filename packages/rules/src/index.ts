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
export { codeNotInClosedCodelist } from "./rules/code-not-in-closed-codelist.ts";
export { ruleDefinitions } from "./rules.ts";
export { createRuleRunner, type RuleRecord, type RuleRunner, type RuleRunnerOptions, runRules } from "./runner.ts";
