import { defineCode, excerpt } from "@mra-circulair/report";
import { ownString } from "../json.ts";
import { Rows } from "../ledger.ts";
import type { Report, Rule, Site } from "../rule.ts";

/** `observation-unit-mismatch`: an observation in another unit than its indicator. */
export const observationUnitMismatch = defineCode({
  code: "observation-unit-mismatch",
  severity: "error",
  layer: "rule",
  title: {
    nl: "Eenheid van de waarneming wijkt af van de indicator",
    en: "Observation unit differs from its indicator",
  },
  message: {
    nl: "De waarneming is in {unit}, maar indicator {indicator} meet in {indicatorUnit}.",
    en: "The observation is in {unit}, but indicator {indicator} measures in {indicatorUnit}.",
  },
  docs: {
    nl: "Een waarneming (Observation) moet dezelfde eenheid hebben als de IndicatorDefinition van haar indicator; anders zijn waarnemingen niet op te tellen of met de streefwaarden te vergelijken. Reken de waarde om naar de eenheid van de indicator, of verwijs naar de goede indicator. Een waarneming met een indicator die niet bestaat (unresolved-reference), wordt niet gecontroleerd.",
    en: "An observation must have the unit of its indicator's IndicatorDefinition; otherwise observations cannot be added up or compared with the targets. Convert the value to the indicator's unit, or refer to the right indicator. An observation with an indicator that does not exist (unresolved-reference) is not checked.",
  },
  example: [
    '{"type":"indicator-definition","record":{"id":"material-saved","name":{"nl":"Bespaard materiaal"},"description":{"nl":"Primaire grondstoffen die niet zijn gebruikt."},"unit":"tonne","aggregation":"sum","direction":"higher-is-better","method":{"nl":"Som over de gegunde opdrachten."},"version":"1.0.0"}}',
    '{"type":"observation","record":{"id":"obs-GM0363-2019-material","indicator":"material-saved","subject":{"type":"organisation","id":"GM0363"},"period":{"start":"2019-01-01","end":"2019-12-31"},"value":"18.2","unit":"percent","quality":"computed"}}',
  ].join("\n"),
  exampleArgs: { unit: '"percent"', indicator: '"material-saved"', indicatorUnit: "tonne" },
});

function mismatch(report: Report, units: ReadonlySet<string>, indicator: string, unit: string, site: Site): void {
  if (units.has(unit)) return;
  const shown = excerpt(unit);
  const args = { unit: shown, indicator: excerpt(indicator), indicatorUnit: [...units].sort().join(", ") };
  report(observationUnitMismatch.finding({ ...site, excerpt: shown }, args));
}

/** Compares each observation's unit with its indicator's: a match passes at once, the rest is decided at finish. */
export const observationUnitMismatchRule: Rule = {
  codes: [observationUnitMismatch],
  usesIndex: true,
  readsValue: ["Observation"],
  create: ({ index }) => {
    const { ledger } = index;
    // one row per observation whose unit is not yet known to match: indicator, unit, site
    const pending = new Rows(3);
    return {
      check(record) {
        if (record.entity !== "Observation") return;
        const indicator = ownString(record.value, "indicator");
        const unit = ownString(record.value, "unit");
        if (indicator === undefined || unit === undefined) return;
        // the units of an indicator only grow (a duplicated definition adds one), so a match is final; a
        // mismatch waits for the end, when a later duplicate may still match, so that order does not matter
        if (index.indicatorUnits(indicator)?.has(unit) === true) return;
        pending.push(ledger.intern(indicator), ledger.intern(unit), ledger.site(record.site("/unit")));
      },
      finish(report) {
        for (let row = 0; row < pending.length; row++) {
          const indicator = ledger.text(pending.at(row, 0));
          const units = index.indicatorUnits(indicator);
          if (units !== undefined)
            mismatch(report, units, indicator, ledger.text(pending.at(row, 1)), ledger.siteAt(pending.at(row, 2)));
        }
        pending.clear();
      },
    };
  },
};
