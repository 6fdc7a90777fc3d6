import { defineCode } from "@mra-circulair/report";
import { formatHundredths, parseHundredths } from "../hundredths.ts";
import { own, ownArray } from "../json.ts";
import type { Rule } from "../rule.ts";

/** `weight-over-100`: the award-criterion weights of a procurement add up to more than 100. */
export const weightOver100 = defineCode({
  code: "weight-over-100",
  severity: "error",
  layer: "rule",
  title: { nl: "Gewichten samen boven 100%", en: "Weights add up to more than 100%" },
  message: {
    nl: "De gewichten van de gunningscriteria tellen op tot {sum}%, meer dan 100%.",
    en: "The weights of the award criteria add up to {sum}%, more than 100%.",
  },
  docs: {
    nl: "Het gewicht (weight) van een toegepast gunningscriterium is zijn aandeel in de totale gunningsweging, in procenten. Samen kunnen de gewichten van één aanbesteding niet boven 100 uitkomen; minder mag, want de prijs en andere criteria buiten deze standaard wegen ook mee. Er wordt exact gerekend, in honderdsten, zonder afronding. Alleen criteria met use gunningscriterium tellen mee (zie weight-without-award-criterion). Verbeter de gewichten.",
    en: "The weight of an applied award criterion is its share of the total award weighting, in percent. Together the weights of one procurement cannot exceed 100; less is fine, because price and criteria outside this standard weigh in too. The sum is exact, in hundredths, without rounding. Only criteria with use gunningscriterium count (see weight-without-award-criterion). Correct the weights.",
  },
  example:
    '{"type":"procurement","record":{"id":"proc-GM0392-2024-003","buyer":"GM0392","title":{"nl":"Cateringdiensten"},"cpvCodes":["55520000-1"],"procedure":"openbaar","contractValue":{"amount":"185000.00","currency":"EUR"},"dates":{"publication":"2024-02-01"},"criteriaApplied":[{"criterion":"crit-catering-verspilling","use":"gunningscriterium","weight":"60"},{"criterion":"crit-kantoor-hergebruik","use":"gunningscriterium","weight":"40.5"}],"mvoiThemes":["circulair"],"eforms":{"strategicProcurement":["env-imp"],"environmentalImpact":["circ-econ"],"gppCriteria":["national"]}}}',
  exampleArgs: { sum: "100.5" },
});

/** Sums the weights of the award criteria of a procurement in integer hundredths. */
export const weightOver100Rule: Rule = {
  codes: [weightOver100],
  create: () => ({
    check(record, report) {
      if (record.entity !== "Procurement") return;
      let sum = 0;
      for (const applied of ownArray(record.value, "criteriaApplied")) {
        if (own(applied, "use") !== "gunningscriterium") continue;
        // a weight that is no Percentage fails the schema and is left out of the sum
        sum += parseHundredths(own(applied, "weight")) ?? 0;
      }
      if (sum > 100_00) report(weightOver100.finding(record.site("/criteriaApplied"), { sum: formatHundredths(sum) }));
    },
  }),
};
