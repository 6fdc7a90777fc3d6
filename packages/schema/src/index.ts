export { type CodelistId, codeLabel, codelistIds, getCode, getCodelist, isDeprecated } from "./bundled-codelists.ts";
export { type EntityName, validate, validateDefinition } from "./bundled-validator.ts";
export type { Codelist, CodelistCode, Language } from "./codelist.ts";
export { datasetMembers, lineTypes, META_ENTITY } from "./dataset-layout.ts";
export { codelists, entityNames, schemas } from "./generated/bundle.ts";
export type { ValidationError, ValidationResult } from "./validation-result.ts";
