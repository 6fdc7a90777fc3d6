import { defineCode } from "@mra-circulair/report";
import type { Rule } from "../rule.ts";

/** `deprecated-field`: a property the schema marks deprecated. */
export const deprecatedField = defineCode({
  code: "deprecated-field",
  severity: "warning",
  layer: "rule",
  title: { nl: "Verouderd veld", en: "Deprecated field" },
  message: {
    nl: "Eigenschap {property} is verouderd.",
    en: "Property {property} is deprecated.",
  },
  docs: {
    nl: "Een eigenschap met deprecated: true in het schema is nog geldig, maar verdwijnt in een volgende hoofdversie van de standaard; de beschrijving in het schema zegt wat ervoor in de plaats komt. Verplaats de waarde naar de vervangende eigenschap. In versie 1.0 van de schema's is geen enkele eigenschap verouderd; het voorbeeld laat zien wat er gemeld zou worden als Organisation.subregion verouderd was.",
    en: "A property marked deprecated: true in the schema is still valid, but goes away in a next major version of the standard; its description in the schema says what replaces it. Move the value to the replacing property. In version 1.0 of the schemas no property is deprecated; the example shows what would be reported if Organisation.subregion were deprecated.",
  },
  example:
    '{"type":"organisation","record":{"id":"GM0363","name":"Amsterdam","kind":"gemeente","identifiers":[{"scheme":"cbs-gemeente","value":"GM0363"}],"subregion":"amsterdam"}}',
  exampleArgs: { property: "subregion" },
});

/** Reports a property that the schema marks deprecated, wherever it occurs in a record. */
export const deprecatedFieldRule: Rule = {
  codes: [deprecatedField],
  create: () => ({
    visits: (node) => node.deprecated,
    visit(visit, record, report) {
      if (!visit.node.deprecated || visit.root) return;
      const pointer = visit.pointer;
      report(deprecatedField.finding(record.site(pointer), { property: pointer.slice(1) }));
    },
  }),
};
