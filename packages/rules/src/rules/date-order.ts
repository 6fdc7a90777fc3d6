import { appendPointer, defineCode, excerpt } from "@mra-circulair/report";
import { dateOrUndefined, yearOrUndefined } from "../calendar.ts";
import { own, ownArray } from "../json.ts";
import type { CheckedRecord, Report, Rule } from "../rule.ts";

/** `date-order`: dates that belong together out of order. */
export const dateOrder = defineCode({
  code: "date-order",
  severity: "error",
  layer: "rule",
  title: { nl: "Datums in de verkeerde volgorde", en: "Dates out of order" },
  message: {
    nl: "{earlier} ({earlierValue}) moet {relation} {later} ({laterValue}) zijn.",
    en: "{earlier} ({earlierValue}) must be {relation} {later} ({laterValue}).",
  },
  docs: {
    nl: "Datums die bij elkaar horen, moeten in de goede volgorde staan: bij een aanbesteding publication <= award <= contractStart <= contractEnd, voor zover aanwezig (een ontbrekende datum wordt overgeslagen); bij een waarneming period.start <= period.end; bij een organisatie validFrom < validTo (validTo is de eerste dag dat zij niet meer bestaat); bij een roadmapactie startYear <= endYear. De melding staat bij de latere datum. Verbeter de datum die niet klopt.",
    en: "Dates that belong together must be in order: for a procurement publication <= award <= contractStart <= contractEnd as far as present (a missing date is skipped); for an observation period.start <= period.end; for an organisation validFrom < validTo (validTo is the first day it no longer exists); for a roadmap action startYear <= endYear. The finding is at the later date. Correct the date that is wrong.",
  },
  example:
    '{"type":"procurement","record":{"id":"proc-GM0363-2024-001","buyer":"GM0363","title":{"nl":"Kantoorinrichting stadhuis"},"cpvCodes":["39130000-2"],"procedure":"openbaar","contractValue":{"amount":"250000.00","currency":"EUR"},"dates":{"publication":"2024-05-01","award":"2024-03-15"},"criteriaApplied":[],"mvoiThemes":[],"eforms":{"strategicProcurement":["none"],"environmentalImpact":[],"gppCriteria":["none"]}}}',
  exampleArgs: {
    earlier: "publication",
    earlierValue: "2024-05-01",
    relation: "<=",
    later: "award",
    laterValue: "2024-03-15",
  },
});

type Ordered = string | number;

// the pointer is built only for a finding: every procurement has dates, few are out of order
interface Step {
  readonly name: string;
  readonly parentPointer: string;
  readonly value: Ordered;
}

// each present step against the previous present one
function checkSequence(record: CheckedRecord, report: Report, steps: readonly (Step | undefined)[], strict: boolean) {
  let previous: Step | undefined;
  for (const step of steps) {
    if (step === undefined) continue;
    if (previous !== undefined && (strict ? previous.value >= step.value : previous.value > step.value)) {
      const site = { ...record.site(appendPointer(step.parentPointer, step.name)), excerpt: excerpt(step.value) };
      report(
        dateOrder.finding(site, {
          earlier: previous.name,
          earlierValue: previous.value,
          relation: strict ? "<" : "<=",
          later: step.name,
          laterValue: step.value,
        }),
      );
    }
    previous = step;
  }
}

function date(parent: unknown, parentPointer: string, name: string): Step | undefined {
  const value = dateOrUndefined(own(parent, name));
  return value === undefined ? undefined : { name, parentPointer, value };
}

function year(parent: unknown, parentPointer: string, name: string): Step | undefined {
  const value = yearOrUndefined(own(parent, name));
  return value === undefined ? undefined : { name, parentPointer, value };
}

/** Checks the order of the dates within one record. */
export const dateOrderRule: Rule = {
  codes: [dateOrder],
  create: () => ({
    check(record, report) {
      const value = record.value;
      switch (record.entity) {
        case "Procurement": {
          const dates = own(value, "dates");
          const steps = ["publication", "award", "contractStart", "contractEnd"].map((name) =>
            date(dates, "/dates", name),
          );
          checkSequence(record, report, steps, false);
          break;
        }
        case "Observation": {
          const period = own(value, "period");
          checkSequence(record, report, [date(period, "/period", "start"), date(period, "/period", "end")], false);
          break;
        }
        case "Organisation":
          checkSequence(record, report, [date(value, "", "validFrom"), date(value, "", "validTo")], true);
          break;
        case "Roadmap":
          ownArray(value, "actions").forEach((action, i) => {
            const pointer = `/actions/${i}`;
            checkSequence(
              record,
              report,
              [year(action, pointer, "startYear"), year(action, pointer, "endYear")],
              false,
            );
          });
          break;
      }
    },
  }),
};
