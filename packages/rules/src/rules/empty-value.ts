import { defineCode } from "@mra-circulair/report";
import { isObject } from "../json.ts";
import type { Rule } from "../rule.ts";

/** `empty-value`: "", [] or {} where leaving the property out says the same. */
export const emptyValue = defineCode({
  code: "empty-value",
  severity: "warning",
  layer: "rule",
  title: { nl: "Lege waarde", en: "Empty value" },
  message: {
    nl: "Eigenschap {property} is leeg; laat haar weg of geef haar een waarde.",
    en: "Property {property} is empty; leave it out or give it a value.",
  },
  docs: {
    nl: 'Een lege tekst, lijst of object ("", [], {}) waar het schema die toestaat, zegt niets wat weglaten niet ook zegt, en wijst vaak op een export die een veld leeg vult. Laat de eigenschap weg, of vul haar. Uitgezonderd zijn eigenschappen die het schema verplicht stelt: daar is leeg een uitspraak. Dat zijn Procurement.criteriaApplied (er is geen criterium toegepast), Procurement.mvoiThemes (geen MVOI-thema), Procurement.eforms.strategicProcurement, environmentalImpact en gppCriteria (geen eForms-code van toepassing), Procurement.dates (geen datum bekend), Organisation.identifiers (geen officiële code, zoals bij de Vervoerregio) en Declaration.targets en Goal.targets (geen streefwaarde). Waar het schema leeg verbiedt (minLength, minItems, verplichte eigenschappen), meldt het schema dat zelf.',
    en: 'An empty string, array or object ("", [], {}) where the schema allows one says nothing that leaving it out would not say, and often comes from an export that fills a field with nothing. Leave the property out, or fill it. Exempt are properties the schema requires: there empty is a statement. Those are Procurement.criteriaApplied (no criterion was applied), Procurement.mvoiThemes (no MVOI theme), Procurement.eforms.strategicProcurement, environmentalImpact and gppCriteria (no eForms code applies), Procurement.dates (no date is known), Organisation.identifiers (no official code, as for the Vervoerregio) and Declaration.targets and Goal.targets (no target). Where the schema forbids empty (minLength, minItems, required properties) the schema reports it.',
  },
  example:
    '{"type":"purchase-package","record":{"id":"pkg-asfalt","name":{"nl":"Asfalt","en":"Asphalt"},"cpvCodes":[]}}',
  exampleArgs: { property: "cpvCodes" },
});

/** Whether a value is "", [] or {}. */
export function isEmptyValue(value: unknown): boolean {
  if (typeof value === "string") return value === "";
  if (Array.isArray(value)) return value.length === 0;
  if (!isObject(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

/** Reports "", [] and {} where the schema allows them, except for required properties. */
export const emptyValueRule: Rule = {
  codes: [emptyValue],
  create: () => ({
    // a required property may be empty: there empty is a statement
    visits: (node, required) => node.emptyAllowed && !required,
    visit(visit, record, report) {
      const { value, node } = visit;
      // the record itself and required properties are never reported; a disallowed empty value is the schema's finding
      if (visit.root || visit.required || !node.emptyAllowed || !isEmptyValue(value)) return;
      const pointer = visit.pointer;
      const site = { ...record.site(pointer), excerpt: typeof value === "string" ? '""' : JSON.stringify(value) };
      report(emptyValue.finding(site, { property: pointer.slice(1) }));
    },
  }),
};
