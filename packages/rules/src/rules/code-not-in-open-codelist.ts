import { defineCode, excerpt } from "@mra-circulair/report";
import type { Rule } from "../rule.ts";

/** `code-not-in-open-codelist`: a code outside an open codelist. */
export const codeNotInOpenCodelist = defineCode({
  code: "code-not-in-open-codelist",
  severity: "warning",
  layer: "rule",
  title: { nl: "Code buiten een open codelijst", en: "Code outside an open codelist" },
  message: {
    nl: "{value} staat niet in de open codelijst {codelist}.",
    en: "{value} is not in the open codelist {codelist}.",
  },
  docs: {
    nl: "Een open codelijst (x-openCodelist: true in het schema, open: true in de codelijst, zoals procedure-type) mag worden aangevuld: een andere code is toegestaan, maar geeft deze waarschuwing, want andere partijen kennen haar niet. Controleer de spelling; gebruik een code uit de lijst als die past, of vraag de beheerders de code toe te voegen. Codes buiten een gesloten lijst zijn een fout van het schema (code-not-in-closed-codelist).",
    en: "An open codelist (x-openCodelist: true in the schema, open: true in the codelist, such as procedure-type) may be extended: another code is allowed, but gives this warning, because other parties do not know it. Check the spelling; use a code of the list if one fits, or ask the maintainers to add the code. Codes outside a closed list are a schema error (code-not-in-closed-codelist).",
  },
  example:
    '{"type":"procurement","record":{"id":"proc-GM0363-2024-009","buyer":"GM0363","title":{"nl":"Bedrijfskleding"},"cpvCodes":["18100000-0"],"procedure":"europees-openbaar","contractValue":{"amount":"90000.00","currency":"EUR"},"dates":{"publication":"2024-02-01"},"criteriaApplied":[],"mvoiThemes":[],"eforms":{"strategicProcurement":["none"],"environmentalImpact":[],"gppCriteria":["none"]}}}',
  exampleArgs: { value: '"europees-openbaar"', codelist: "procedure-type" },
});

/** Reports a string value of an open codelist that the codelist does not hold. */
export const codeNotInOpenCodelistRule: Rule = {
  codes: [codeNotInOpenCodelist],
  create: ({ metadata }) => ({
    // a codelist the metadata does not know has no codes to miss
    visits: (node) => node.codelist?.open === true && metadata.codelist(node.codelist.codelist) !== undefined,
    visit(visit, record, report) {
      const { value, node } = visit;
      const codelist = node.codelist;
      if (codelist === undefined || !codelist.open || typeof value !== "string") return;
      if (metadata.hasCode(codelist.codelist, value) !== false) return;
      const shown = excerpt(value);
      report(
        codeNotInOpenCodelist.finding(
          { ...record.site(visit.pointer), excerpt: shown },
          { value: shown, codelist: codelist.codelist },
        ),
      );
    },
  }),
};
