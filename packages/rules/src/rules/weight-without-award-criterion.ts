import { defineCode, excerpt } from "@mra-circulair/report";
import { own, ownArray } from "../json.ts";
import type { Rule } from "../rule.ts";

/** `weight-without-award-criterion`: a weight on a criterion used otherwise than as gunningscriterium. */
export const weightWithoutAwardCriterion = defineCode({
  code: "weight-without-award-criterion",
  severity: "warning",
  layer: "rule",
  title: {
    nl: "Gewicht bij een criterium dat geen gunningscriterium is",
    en: "Weight on a criterion that is no award criterion",
  },
  message: {
    nl: "Dit criterium is gebruikt als {use} en heeft toch een gewicht; alleen een gunningscriterium weegt mee.",
    en: "This criterion is used as {use} yet has a weight; only an award criterion (gunningscriterium) is weighted.",
  },
  docs: {
    nl: "Alleen een criterium dat als gunningscriterium is gebruikt, heeft een gewicht in de gunning. Een eis, geschiktheidseis, selectiecriterium of contractbepaling wordt niet gewogen, en zijn gewicht telt niet mee in weight-over-100. Laat het gewicht weg, of zet use op gunningscriterium als het criterium wel gewogen is.",
    en: "Only a criterion used as an award criterion (gunningscriterium) has a weight in the award. A requirement (eis), suitability requirement, selection criterion or contract clause is not weighted, and its weight does not count in weight-over-100. Leave the weight out, or set use to gunningscriterium if the criterion is weighted.",
  },
  example:
    '{"type":"procurement","record":{"id":"proc-GM0363-2023-004","buyer":"GM0363","title":{"nl":"Asfaltonderhoud"},"cpvCodes":["45233222-1"],"procedure":"openbaar","contractValue":{"amount":"780000.00","currency":"EUR"},"dates":{"publication":"2023-02-01"},"criteriaApplied":[{"criterion":"crit-asfalt-granulaat-2.0.0","use":"eis","weight":"20"}],"mvoiThemes":["circulair"],"eforms":{"strategicProcurement":["env-imp"],"environmentalImpact":["circ-econ"],"gppCriteria":["national"]}}}',
  exampleArgs: { use: '"eis"' },
});

/** Reports a weight on an applied criterion whose use is not gunningscriterium. */
export const weightWithoutAwardCriterionRule: Rule = {
  codes: [weightWithoutAwardCriterion],
  create: () => ({
    check(record, report) {
      if (record.entity !== "Procurement") return;
      ownArray(record.value, "criteriaApplied").forEach((applied, i) => {
        const use = own(applied, "use");
        const weight = own(applied, "weight");
        if (weight === undefined || typeof use !== "string" || use === "gunningscriterium") return;
        const site = { ...record.site(`/criteriaApplied/${i}/weight`), excerpt: excerpt(weight) };
        report(weightWithoutAwardCriterion.finding(site, { use: excerpt(use) }));
      });
    },
  }),
};
