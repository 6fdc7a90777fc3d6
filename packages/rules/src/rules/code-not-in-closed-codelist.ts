import { defineCode } from "@mra-circulair/report";

/**
 * `code-not-in-closed-codelist`: a code outside a closed codelist. The schema layer reports it: a closed codelist is an
 * `enum` in the schema, and the engine maps the enum error at a pointer that {@link codelistOfPointer} places
 * in a codelist to this code. It is defined here so that all codelist messages and docs live in one place.
 */
export const codeNotInClosedCodelist = defineCode({
  code: "code-not-in-closed-codelist",
  severity: "error",
  layer: "schema",
  title: { nl: "Code buiten een gesloten codelijst", en: "Code outside a closed codelist" },
  message: {
    nl: "{value} is geen code van de gesloten codelijst {codelist}.",
    en: "{value} is not a code of the closed codelist {codelist}.",
  },
  docs: {
    nl: "Een gesloten codelijst (x-openCodelist: false in het schema, open: false in de codelijst, zoals organisation-kind of criterion-type) is volledig: alleen haar codes zijn geldig. Codes zijn hoofdlettergevoelig en worden nooit vertaald; gebruik de code, niet het label (gunningscriterium, niet Gunningscriterium of award criterion). De codes staan in schemas/codelists/ en komen uit mra-circulair codelists.",
    en: "A closed codelist (x-openCodelist: false in the schema, open: false in the codelist, such as organisation-kind or criterion-type) is complete: only its codes are valid. Codes are case-sensitive and never translated; use the code, not the label (gunningscriterium, not Gunningscriterium or award criterion). The codes are in schemas/codelists/ and are listed by mra-circulair codelists.",
  },
  example:
    '{"type":"organisation","record":{"id":"GM0363","name":"Amsterdam","kind":"stad","identifiers":[{"scheme":"cbs-gemeente","value":"GM0363"}]}}',
  exampleArgs: { value: '"stad"', codelist: "organisation-kind" },
});
