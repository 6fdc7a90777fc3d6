import { defineCode, excerpt } from "@mra-circulair/report";
import type { Rule } from "../rule.ts";

/** `deprecated-code`: a code its codelist marks deprecated. */
export const deprecatedCode = defineCode({
  code: "deprecated-code",
  severity: "warning",
  layer: "rule",
  title: { nl: "Verouderde code", en: "Deprecated code" },
  message: {
    nl: "Code {value} van codelijst {codelist} is verouderd.",
    en: "Code {value} of codelist {codelist} is deprecated.",
  },
  docs: {
    nl: "Een code met deprecated: true in haar codelijst is nog geldig, maar verdwijnt in een volgende hoofdversie van de standaard; de notitie bij de code in de codelijst zegt wat ervoor in de plaats komt. Gebruik de vervangende code. In versie 1.0 van de codelijsten is geen enkele code verouderd; het voorbeeld laat zien wat er gemeld zou worden als vervoerregio in organisation-kind verouderd was.",
    en: "A code marked deprecated: true in its codelist is still valid, but goes away in a next major version of the standard; the note on the code in the codelist says what replaces it. Use the replacing code. In version 1.0 of the codelists no code is deprecated; the example shows what would be reported if vervoerregio in organisation-kind were deprecated.",
  },
  example:
    '{"type":"organisation","record":{"id":"vervoerregio-amsterdam","name":"Vervoerregio Amsterdam","kind":"vervoerregio","identifiers":[]}}',
  exampleArgs: { value: '"vervoerregio"', codelist: "organisation-kind" },
});

/** Reports a code that its codelist (open or closed) marks deprecated. */
export const deprecatedCodeRule: Rule = {
  codes: [deprecatedCode],
  create: ({ metadata }) => ({
    // only a codelist with a deprecated code can report one
    visits: (node) =>
      node.codelist !== undefined &&
      metadata.codelist(node.codelist.codelist)?.codes.some((entry) => entry.deprecated === true) === true,
    visit(visit, record, report) {
      const { value, node } = visit;
      const codelist = node.codelist;
      if (codelist === undefined || typeof value !== "string") return;
      if (metadata.isDeprecated(codelist.codelist, value) !== true) return;
      const shown = excerpt(value);
      report(
        deprecatedCode.finding(
          { ...record.site(visit.pointer), excerpt: shown },
          { value: shown, codelist: codelist.codelist },
        ),
      );
    },
  }),
};
