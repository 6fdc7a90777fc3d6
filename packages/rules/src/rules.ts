import type { CodeDefinition } from "@mra-circulair/report";
import type { Rule } from "./rule.ts";
import { codeNotInClosedCodelist } from "./rules/code-not-in-closed-codelist.ts";
import { codeNotInOpenCodelistRule } from "./rules/code-not-in-open-codelist.ts";
import { dateOrderRule } from "./rules/date-order.ts";
import { deprecatedCodeRule } from "./rules/deprecated-code.ts";
import { deprecatedFieldRule } from "./rules/deprecated-field.ts";
import { duplicateIdRule } from "./rules/duplicate-id.ts";
import { emptyValueRule } from "./rules/empty-value.ts";
import { mergedOrganisationUsedRule } from "./rules/merged-organisation-used.ts";
import { observationUnitMismatchRule } from "./rules/observation-unit-mismatch.ts";
import { referenceDataUsedRule } from "./rules/reference-data-used.ts";
import { targetUnitMismatchRule } from "./rules/target-unit-mismatch.ts";
import { unresolvedReferenceRule } from "./rules/unresolved-reference.ts";
import { weightOver100Rule } from "./rules/weight-over-100.ts";
import { weightWithoutAwardCriterionRule } from "./rules/weight-without-award-criterion.ts";

/** Every rule, in documentation order. */
export const rules: readonly Rule[] = [
  duplicateIdRule,
  unresolvedReferenceRule,
  referenceDataUsedRule,
  mergedOrganisationUsedRule,
  dateOrderRule,
  weightOver100Rule,
  weightWithoutAwardCriterionRule,
  targetUnitMismatchRule,
  observationUnitMismatchRule,
  codeNotInOpenCodelistRule,
  deprecatedCodeRule,
  deprecatedFieldRule,
  emptyValueRule,
];

/** The definition of every code this package defines: the rules' codes and code-not-in-closed-codelist (layer "schema"). */
export const ruleDefinitions: readonly CodeDefinition[] = [
  ...rules.flatMap((rule) => rule.codes),
  codeNotInClosedCodelist,
];
