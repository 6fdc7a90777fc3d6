import { defineCode } from "../define-code.ts";
import { createRegistry } from "../registry.ts";

/** Codes like the ones the readers and rules define, one per severity and layer, for the tests of the writers. */
export const duplicateId = defineCode({
  code: "duplicate-id",
  severity: "error",
  layer: "rule",
  title: { nl: "Dubbel id", en: "Duplicate id" },
  message: { nl: "Het id {id} is al gebruikt.", en: "The id {id} is already used." },
  docs: { nl: "Elk record heeft een eigen id.", en: "Every record has an id of its own." },
  example: '[{"id": "P-1"}, {"id": "P-1"}]',
  exampleArgs: { id: '"P-1"' },
});

export const missingProperty = defineCode({
  code: "missing-property",
  severity: "error",
  layer: "schema",
  title: { nl: "Verplichte eigenschap ontbreekt", en: "Required property missing" },
  message: { nl: "Eigenschap {property} ontbreekt.", en: "Property {property} is missing." },
  docs: { nl: "Vul de eigenschap in.", en: "Fill in the property." },
  example: '{"title": "Meubilair"}',
  exampleArgs: { property: '"id"' },
});

export const deprecatedCode = defineCode({
  code: "deprecated-code",
  severity: "warning",
  layer: "rule",
  title: { nl: "Verouderde code", en: "Deprecated code" },
  message: {
    nl: "Code {value} is verouderd; gebruik {successor}.",
    en: "Code {value} is deprecated; use {successor}.",
  },
  docs: { nl: "Gebruik de opvolger.", en: "Use the successor." },
  example: '{"municipality": "GM0457"}',
  exampleArgs: { value: "GM0457", successor: "GM0363" },
});

export const emptyList = defineCode({
  code: "empty-list",
  severity: "info",
  layer: "read",
  title: { nl: "Lege lijst", en: "Empty list" },
  message: { nl: "De lijst is leeg.", en: "The list is empty." },
  docs: { nl: "Een lege lijst kan weg.", en: "An empty list can be left out." },
  example: '{"procurements": []}',
  exampleArgs: {},
});

export const sampleRegistry = createRegistry([duplicateId, missingProperty, deprecatedCode, emptyList]);
