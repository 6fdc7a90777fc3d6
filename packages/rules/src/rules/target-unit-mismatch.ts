import { appendPointer, defineCode, excerpt } from "@mra-circulair/report";
import { ownArray, ownString } from "../json.ts";
import type { Rule, Site } from "../rule.ts";

/** `target-unit-mismatch`: a target in another unit than its indicator. */
export const targetUnitMismatch = defineCode({
  code: "target-unit-mismatch",
  severity: "error",
  layer: "rule",
  title: { nl: "Eenheid van de streefwaarde wijkt af van de indicator", en: "Target unit differs from its indicator" },
  message: {
    nl: "De streefwaarde is in {unit}, maar indicator {indicator} meet in {indicatorUnit}.",
    en: "The target is in {unit}, but indicator {indicator} measures in {indicatorUnit}.",
  },
  docs: {
    nl: "Een streefwaarde (Target, los of in een Declaration of Goal) met een indicator moet dezelfde eenheid hebben als de IndicatorDefinition van die indicator, anders is de voortgang niet te meten: 10 percent is geen 10 tonne. Gebruik de eenheid van de indicator, of verwijs naar een indicator die in de eenheid van de streefwaarde meet. Een streefwaarde zonder indicator, of met een indicator die niet bestaat (unresolved-reference), wordt niet gecontroleerd.",
    en: "A target (on its own, or in a Declaration or Goal) with an indicator must have the unit of that indicator's IndicatorDefinition, or progress cannot be measured: 10 percent is not 10 tonne. Use the indicator's unit, or refer to an indicator that measures in the target's unit. A target without an indicator, or with an indicator that does not exist (unresolved-reference), is not checked.",
  },
  example: [
    '{"type":"indicator-definition","record":{"id":"circular-procurement-share","name":{"nl":"Aandeel circulair inkopen"},"description":{"nl":"Het aandeel circulair ingekochte producten, goederen en diensten."},"unit":"percent","aggregation":"share","direction":"higher-is-better","method":{"nl":"Inkoopwaarde circulair gedeeld door totale inkoopwaarde."},"version":"1.0.0"}}',
    '{"type":"goal","record":{"id":"goal-2025","title":{"nl":"Circulair inkopen 2025"},"targets":[{"id":"goal-2025-target","year":2025,"value":"50","unit":"tonne","indicator":"circular-procurement-share","kind":"intermediate","status":"adopted"}]}}',
  ].join("\n"),
  exampleArgs: { unit: '"tonne"', indicator: '"circular-procurement-share"', indicatorUnit: "percent" },
});

interface TargetUnit {
  readonly indicator: string;
  readonly unit: string;
  readonly site: Site;
}

/** Compares each target's unit with its indicator's at finish; targets are few, so all wait. */
export const targetUnitMismatchRule: Rule = {
  codes: [targetUnitMismatch],
  usesIndex: true,
  readsValue: ["Target", "Declaration", "Goal"],
  create: ({ index }) => {
    const targets: TargetUnit[] = [];
    return {
      check(record) {
        const add = (target: unknown, pointer: string) => {
          const indicator = ownString(target, "indicator");
          const unit = ownString(target, "unit");
          if (indicator !== undefined && unit !== undefined)
            targets.push({ indicator, unit, site: record.site(appendPointer(pointer, "unit")) });
        };
        if (record.entity === "Target") add(record.value, "");
        if (record.entity === "Declaration" || record.entity === "Goal")
          ownArray(record.value, "targets").forEach((target, i) => {
            add(target, `/targets/${i}`);
          });
      },
      finish(report) {
        for (const { indicator, unit, site } of targets) {
          const units = index.indicatorUnits(indicator);
          if (units === undefined || units.has(unit)) continue;
          const shown = excerpt(unit);
          const args = { unit: shown, indicator: excerpt(indicator), indicatorUnit: [...units].sort().join(", ") };
          report(targetUnitMismatch.finding({ ...site, excerpt: shown }, args));
        }
        targets.length = 0;
      },
    };
  },
};
