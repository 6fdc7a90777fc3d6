import data from "../../data/circularity-rule.default.json" with { type: "json" };
import { parseCircularityRule } from "./parse.ts";
import type { CircularityRule } from "./types.ts";

function load(): CircularityRule {
  const parsed = parseCircularityRule(data);
  // the bundled file is checked by the tests; failing here means the package was built from a broken file
  if (!parsed.ok) throw new Error(`the bundled default rule is invalid: ${parsed.errors[0]?.message.en}`);
  return parsed.rule;
}

/**
 * The default circularity rule, `mra-circulair-default` 1.0.0 (data/circularity-rule.default.json): a procurement
 * counts as circular when a criterion with MVOI theme circulair was applied as eis, or as gunningscriterium with a
 * weight of at least 10%.
 */
export const defaultCircularityRule: CircularityRule = load();
