import { defineCode } from "@mra-circulair/report";

// one code per kind of schema failure, so that reports group them the way people fix them

export const schemaRequired = defineCode({
  code: "schema-required",
  severity: "error",
  layer: "schema",
  title: { nl: "Verplicht veld ontbreekt", en: "Required property missing" },
  message: { nl: "Verplicht veld {property} ontbreekt.", en: "Required property {property} is missing." },
  docs: {
    nl: "Het schema van de entiteit noemt dit veld verplicht. Vul het in; een lege waarde telt niet als ingevuld.",
    en: "The entity's schema makes this property required. Fill it in; an empty value does not count.",
  },
  example:
    '{"type":"signature","record":{"id":"sig-1","declaration":"mra-intentieverklaring-2018","signedOn":"2018-06-20"}}',
  exampleArgs: { property: '"organisation"' },
});

export const schemaUnknownProperty = defineCode({
  code: "schema-unknown-property",
  severity: "error",
  layer: "schema",
  title: { nl: "Onbekend veld", en: "Unknown property" },
  message: {
    nl: "Veld {property} hoort niet bij de standaard.",
    en: "Property {property} is not part of the standard.",
  },
  docs: {
    nl: "Het model is gesloten: alleen de velden uit het schema zijn toegestaan. Vaak is het een tikfout of een veld uit een ander model; ook __proto__ en constructor worden zo geweigerd.",
    en: "The model is closed: only the schema's properties are allowed. Often it is a typo or a field from another model; __proto__ and constructor are refused this way too.",
  },
  example:
    '{"type":"organisation","record":{"id":"GM0363","name":"Amsterdam","kind":"gemeente","identifiers":[],"inwoners":931298}}',
  exampleArgs: { property: '"inwoners"' },
});

export const schemaType = defineCode({
  code: "schema-type",
  severity: "error",
  layer: "schema",
  title: { nl: "Verkeerd soort waarde", en: "Wrong kind of value" },
  message: { nl: "Moet van JSON-type {type} zijn.", en: "Must be of JSON type {type}." },
  docs: {
    nl: 'De waarde heeft het verkeerde JSON-type. Let op: bedragen en andere decimalen zijn tekst ("19.99"), geen getal, zodat er niets wordt afgerond.',
    en: 'The value has the wrong JSON type. Note that amounts and other decimals are strings ("19.99"), not numbers, so that nothing gets rounded.',
  },
  example: '{"type":"procurement","record":{"contractValue":{"amount":19.99,"currency":"EUR"}}}',
  exampleArgs: { type: "string" },
});

export const schemaPattern = defineCode({
  code: "schema-pattern",
  severity: "error",
  layer: "schema",
  title: { nl: "Ongeldige vorm", en: "Wrong form" },
  message: { nl: "Heeft niet de vereiste vorm {pattern}.", en: "Does not have the required form {pattern}." },
  docs: {
    nl: "De tekst past niet bij het patroon van het veld, zoals een CPV-code (39130000-2), een bedrag (1234.56, punt als decimaalteken, geen scheidingsteken voor duizendtallen) of een identificator.",
    en: "The text does not match the field's pattern, such as a CPV code (39130000-2), an amount (1234.56, point as decimal separator, no thousands separator) or an identifier.",
  },
  example: '{"type":"procurement","record":{"contractValue":{"amount":"1.234,56","currency":"EUR"}}}',
  exampleArgs: { pattern: "^(0|[1-9][0-9]{0,14})(\\.[0-9]{1,2})?$" },
});

export const schemaDate = defineCode({
  code: "schema-date",
  severity: "error",
  layer: "schema",
  title: { nl: "Geen bestaande datum", en: "Not an existing date" },
  message: {
    nl: "Is geen bestaande kalenderdatum in de vorm JJJJ-MM-DD.",
    en: "Is not an existing calendar date in YYYY-MM-DD form.",
  },
  docs: {
    nl: "Datums zijn ISO 8601-kalenderdatums die echt bestaan: 2024-02-29 is geldig, 2023-02-29 en 2023-02-30 niet.",
    en: "Dates are ISO 8601 calendar dates that exist: 2024-02-29 is valid, 2023-02-29 and 2023-02-30 are not.",
  },
  example: '{"type":"signature","record":{"signedOn":"2023-02-30"}}',
});

export const schemaDateTime = defineCode({
  code: "schema-date-time",
  severity: "error",
  layer: "schema",
  title: { nl: "Geen geldig tijdstip", en: "Not a valid date and time" },
  message: {
    nl: "Is geen tijdstip met tijdzone zoals 2026-01-31T12:00:00Z.",
    en: "Is not a date and time with an offset such as 2026-01-31T12:00:00Z.",
  },
  docs: {
    nl: "Tijdstippen volgen RFC 3339 met seconden en een expliciete tijdzone (Z of +01:00).",
    en: "Moments follow RFC 3339 with seconds and an explicit offset (Z or +01:00).",
  },
  example: '{"type":"meta","record":{"publishedAt":"2026-01-31 12:00"}}',
});

export const schemaTooShort = defineCode({
  code: "schema-too-short",
  severity: "error",
  layer: "schema",
  title: { nl: "Tekst te kort", en: "Text too short" },
  message: { nl: "Tekst moet ten minste {limit} tekens hebben.", en: "Text must have at least {limit} characters." },
  docs: {
    nl: "Tekens worden geteld als Unicode-codepunten. Een lege tekst is meestal een ontbrekende waarde: laat het veld dan weg.",
    en: "Characters are counted as Unicode code points. An empty text is usually a missing value: leave the property out instead.",
  },
  example: '{"type":"organisation","record":{"name":""}}',
  exampleArgs: { limit: 1 },
});

export const schemaTooLong = defineCode({
  code: "schema-too-long",
  severity: "error",
  layer: "schema",
  title: { nl: "Tekst te lang", en: "Text too long" },
  message: { nl: "Tekst mag hoogstens {limit} tekens hebben.", en: "Text may have at most {limit} characters." },
  docs: {
    nl: "Tekens worden geteld als Unicode-codepunten; een emoji telt als één teken.",
    en: "Characters are counted as Unicode code points; an emoji counts as one.",
  },
  example: '{"type":"purchase-package","record":{"number":"12345678901234567"}}',
  exampleArgs: { limit: 16 },
});

export const schemaBelowMinimum = defineCode({
  code: "schema-below-minimum",
  severity: "error",
  layer: "schema",
  title: { nl: "Getal te klein", en: "Number too small" },
  message: { nl: "Moet ten minste {limit} zijn.", en: "Must be at least {limit}." },
  docs: {
    nl: "Gehele getallen hebben een ondergrens, zoals jaren vanaf 1900.",
    en: "Integers have a lower bound, such as years from 1900.",
  },
  example: '{"type":"goal","record":{"targets":[{"year":1850}]}}',
  exampleArgs: { limit: 1900 },
});

export const schemaAboveMaximum = defineCode({
  code: "schema-above-maximum",
  severity: "error",
  layer: "schema",
  title: { nl: "Getal te groot", en: "Number too large" },
  message: { nl: "Mag hoogstens {limit} zijn.", en: "Must be at most {limit}." },
  docs: {
    nl: "Gehele getallen hebben een bovengrens, zoals jaren tot en met 2100.",
    en: "Integers have an upper bound, such as years up to 2100.",
  },
  example: '{"type":"goal","record":{"targets":[{"year":2200}]}}',
  exampleArgs: { limit: 2100 },
});

export const schemaTooFewItems = defineCode({
  code: "schema-too-few-items",
  severity: "error",
  layer: "schema",
  title: { nl: "Te weinig elementen", en: "Too few items" },
  message: { nl: "Lijst moet ten minste {limit} elementen hebben.", en: "List must have at least {limit} items." },
  docs: {
    nl: "Sommige lijsten moeten ten minste één element hebben, zoals de CPV-codes van een aanbesteding.",
    en: "Some lists need at least one item, such as the CPV codes of a procurement.",
  },
  example: '{"type":"procurement","record":{"cpvCodes":[]}}',
  exampleArgs: { limit: 1 },
});

export const schemaTooManyItems = defineCode({
  code: "schema-too-many-items",
  severity: "error",
  layer: "schema",
  title: { nl: "Te veel elementen", en: "Too many items" },
  message: { nl: "Lijst mag hoogstens {limit} elementen hebben.", en: "List may have at most {limit} items." },
  docs: {
    nl: "Elke lijst heeft een bovengrens, zodat een validator begrensd blijft.",
    en: "Every list has an upper bound, so that validation stays bounded.",
  },
  example: '{"type":"criterion","record":{"mvoiThemes":["circulair","klimaat","circulair", "…"]}}',
  exampleArgs: { limit: 6 },
});

export const schemaDuplicateItem = defineCode({
  code: "schema-duplicate-item",
  severity: "error",
  layer: "schema",
  title: { nl: "Dubbel element", en: "Repeated item" },
  message: {
    nl: "Element {second} herhaalt element {first}.",
    en: "Item {second} repeats item {first}.",
  },
  docs: {
    nl: "In deze lijst mag elke waarde maar één keer voorkomen, zoals CPV-codes en MVOI-thema's.",
    en: "Each value may occur only once in this list, such as CPV codes and MVOI themes.",
  },
  example: '{"type":"procurement","record":{"mvoiThemes":["circulair","circulair"]}}',
  exampleArgs: { first: 0, second: 1 },
});

export const schemaValue = defineCode({
  code: "schema-value",
  severity: "error",
  layer: "schema",
  title: { nl: "Niet-toegestane waarde", en: "Value not allowed" },
  message: { nl: "Moet een van {values} zijn.", en: "Must be one of {values}." },
  docs: {
    nl: "Het veld laat alleen vaste waarden toe die geen codelijst zijn, zoals de valuta EUR of de schemaversie 1.0.",
    en: "The property allows only fixed values that are not a codelist, such as the currency EUR or the schema version 1.0.",
  },
  example: '{"type":"procurement","record":{"contractValue":{"amount":"100","currency":"USD"}}}',
  exampleArgs: { values: '"EUR"' },
});

export const schemaNoVariant = defineCode({
  code: "schema-no-variant",
  severity: "error",
  layer: "schema",
  title: { nl: "Past bij geen enkele vorm", en: "Matches none of the forms" },
  message: {
    nl: "Past bij geen van de toegestane vormen; kies eerst {discriminator}.",
    en: "Matches none of the allowed forms; choose {discriminator} first.",
  },
  docs: {
    nl: "Sommige velden hebben meerdere vormen, herkenbaar aan een sleutelveld: een R-strategie aan haar ladder, een MVI-koppeling aan kind. Met een bekend sleutelveld worden de fouten van die vorm gemeld.",
    en: "Some properties have several forms, told apart by a key property: an R-strategy by its ladder, an MVI link target by kind. When the key is known, the errors of that form are reported.",
  },
  example: '{"type":"criterion","record":{"rStrategy":{"ladder":"cramer","code":"R1"}}}',
  exampleArgs: { discriminator: "ladder" },
});

export const validationException = defineCode({
  code: "validation-exception",
  severity: "error",
  layer: "schema",
  title: { nl: "Validatie mislukt", en: "Validation failed" },
  message: {
    nl: "Dit record kon niet worden gevalideerd ({reason}).",
    en: "This record could not be validated ({reason}).",
  },
  docs: {
    nl: "De validator liep vast op dit record, bijvoorbeeld door extreem diepe nesting. Het record geldt als ongeldig; de rest van het bestand wordt wel gecontroleerd.",
    en: "The validator failed on this record, for example on extremely deep nesting. The record counts as invalid; the rest of the file is still checked.",
  },
  example: "[[[[ … 100,000 levels … ]]]]",
  exampleArgs: { reason: "RangeError" },
});

export const schemaCodes = [
  schemaRequired,
  schemaUnknownProperty,
  schemaType,
  schemaPattern,
  schemaDate,
  schemaDateTime,
  schemaTooShort,
  schemaTooLong,
  schemaBelowMinimum,
  schemaAboveMaximum,
  schemaTooFewItems,
  schemaTooManyItems,
  schemaDuplicateItem,
  schemaValue,
  schemaNoVariant,
  validationException,
] as const;
