import { defineCode } from "@mra-circulair/report";

// The read codes of the JSON and NDJSON readers. Args that echo data are quoted as JSON ("…") by the reader.

export const jsonSyntax = defineCode({
  code: "json-syntax",
  severity: "error",
  layer: "read",
  title: { nl: "Ongeldige JSON", en: "Invalid JSON" },
  message: {
    nl: "Dit is geen geldige JSON: onverwacht {found} ({reason}).",
    en: "This is not valid JSON: unexpected {found} ({reason}).",
  },
  docs: {
    nl: "De tekst volgt de JSON-syntaxis (RFC 8259) niet op de aangegeven regel en kolom. De reden is een van: unexpected-character (een teken dat hier niet mag, zoals een komma te veel), unexpected-end (de tekst houdt te vroeg op, gemeld als EOF: een afgebroken bestand of een ontbrekend haakje), control-character (een regeleinde of tab in een tekenreeks; schrijf \\n of \\t), bad-escape (een onbekende \\-reeks), bad-number (een getal zoals 01, 1. of +1), trailing-data (tekst na het einde van het document). Controleer het bestand in een JSON-editor.",
    en: "The text does not follow the JSON syntax (RFC 8259) at the given line and column. The reason is one of: unexpected-character (a character not allowed here, such as a trailing comma), unexpected-end (the text ends too early, shown as EOF: a truncated file or a missing bracket), control-character (a line break or tab inside a string; write \\n or \\t), bad-escape (an unknown \\ sequence), bad-number (a number such as 01, 1. or +1), trailing-data (text after the end of the document). Check the file in a JSON editor.",
  },
  example: '{"id": "P-1",}',
  exampleArgs: { found: '"}"', reason: "unexpected-character" },
});

export const nestingTooDeep = defineCode({
  code: "nesting-too-deep",
  severity: "error",
  layer: "read",
  title: { nl: "Te diep genest", en: "Nested too deeply" },
  message: {
    nl: "Het record is dieper genest dan {limit} niveaus; het wordt niet verder gecontroleerd.",
    en: "The record is nested deeper than {limit} levels; it is not checked further.",
  },
  docs: {
    nl: "Objecten en lijsten in een record mogen niet dieper genest zijn dan de limiet (standaard 64). Geen record van de standaard komt daar in de buurt; zo diep geneste gegevens wijzen op een fout of op een aanval die validators laat vastlopen. Het record wordt overgeslagen.",
    en: "Objects and arrays in a record may not be nested deeper than the limit (64 by default). No record of the standard comes close; data nested that deep points to an error, or to an attack that makes validators crash. The record is skipped.",
  },
  example: '{"type": "procurement", "record": [[[[[[ … 100000 levels … ]]]]]]}',
  exampleArgs: { limit: 64 },
});

export const duplicateKey = defineCode({
  code: "duplicate-key",
  severity: "error",
  layer: "read",
  title: { nl: "Dubbele sleutel", en: "Duplicate key" },
  message: {
    nl: "De sleutel {key} komt meer dan eens voor in hetzelfde object.",
    en: "The key {key} occurs more than once in the same object.",
  },
  docs: {
    nl: "Een object mag elke sleutel maar één keer hebben (I-JSON, RFC 7493). JSON-lezers houden stilzwijgend de laatste waarde, zodat andere programma's iets anders lezen dan u bedoelde. Verwijder of hernoem de dubbele sleutel. De melding staat bij de tweede keer.",
    en: "An object may have each key only once (I-JSON, RFC 7493). JSON readers silently keep the last value, so other programs read something else than you meant. Remove or rename the duplicate key. The finding is at its second occurrence.",
  },
  example: '{"id": "P-1", "id": "P-2"}',
  exampleArgs: { key: '"id"' },
});

export const numberNotExact = defineCode({
  code: "number-not-exact",
  severity: "error",
  layer: "read",
  title: { nl: "Getal niet exact", en: "Number not exact" },
  message: {
    nl: "Het getal {literal} wordt gelezen als {parsed} en blijft dus niet exact behouden.",
    en: "The number {literal} is read as {parsed}, so it is not kept exactly.",
  },
  docs: {
    nl: "JSON-getallen worden gelezen als 64-bits drijvendekommagetallen (I-JSON, RFC 7493): meer dan 15 significante cijfers, gehele getallen voorbij ±9007199254740991 en getallen buiten het bereik (1e400 wordt Infinity, 1e-400 wordt 0) veranderen onderweg. Rond het getal af of schrijf het als tekenreeks, zoals een lang kenmerk.",
    en: "JSON numbers are read as 64-bit floating point (I-JSON, RFC 7493): more than 15 significant digits, integers beyond ±9007199254740991 and numbers out of range (1e400 becomes Infinity, 1e-400 becomes 0) change on the way. Round the number or write it as a string, like a long identifier.",
  },
  example: '{"amount": 12345678901234567890}',
  exampleArgs: { literal: "12345678901234567890", parsed: "12345678901234567000" },
});

export const loneSurrogate = defineCode({
  code: "lone-surrogate",
  severity: "error",
  layer: "read",
  title: { nl: "Losse surrogaat", en: "Lone surrogate" },
  message: {
    nl: "De tekenreeks bevat de losse surrogaat {escape}, die geen teken is.",
    en: "The string holds the lone surrogate {escape}, which is not a character.",
  },
  docs: {
    nl: "Een \\u-escape tussen \\ud800 en \\udfff is de helft van een surrogaatpaar en hoort samen met de andere helft te staan (I-JSON, RFC 7493). Alleen is het geen Unicode-teken en kan het niet als UTF-8 worden opgeslagen. Meestal is een tekst midden in een emoji afgebroken; herstel of verwijder het teken.",
    en: "A \\u escape between \\ud800 and \\udfff is one half of a surrogate pair and belongs with the other half (I-JSON, RFC 7493). On its own it is not a Unicode character and cannot be stored as UTF-8. Usually a text was cut in the middle of an emoji; repair or remove the character.",
  },
  example: '{"title": "Meubilair \\ud83d"}',
  exampleArgs: { escape: "\\ud83d" },
});

export const notUtf8 = defineCode({
  code: "not-utf8",
  severity: "error",
  layer: "read",
  title: { nl: "Geen UTF-8", en: "Not UTF-8" },
  message: {
    nl: "De tekst is hier geen geldige UTF-8 ({reason}: bytes {bytes}).",
    en: "The text is not valid UTF-8 here ({reason}: bytes {bytes}).",
  },
  docs: {
    nl: "JSON en NDJSON zijn UTF-8. De reden is invalid-bytes (bytes die geen UTF-8 zijn, meestal een bestand dat als Windows-1252 of UTF-16 is opgeslagen) of byte-order-mark (een BOM, EF BB BF, die niet aan het begin van het bestand staat, meestal van aan elkaar geplakte bestanden). Sla het bestand op als UTF-8; een BOM mag alleen helemaal vooraan.",
    en: "JSON and NDJSON are UTF-8. The reason is invalid-bytes (bytes that are not UTF-8, usually a file saved as Windows-1252 or UTF-16) or byte-order-mark (a BOM, EF BB BF, that is not at the start of the file, usually from files joined together). Save the file as UTF-8; a BOM may only come first.",
  },
  example: "Caf\\xE9 Müller (Windows-1252 bytes in a UTF-8 file)",
  exampleArgs: { reason: "invalid-bytes", bytes: "E9 20" },
});

export const recordTooLarge = defineCode({
  code: "record-too-large",
  severity: "error",
  layer: "read",
  title: { nl: "Record te groot", en: "Record too large" },
  message: {
    nl: "De regel is {bytes} bytes, meer dan de limiet van {limit} bytes; hij wordt overgeslagen.",
    en: "The line is {bytes} bytes, more than the limit of {limit} bytes; it is skipped.",
  },
  docs: {
    nl: "Eén NDJSON-regel (één record) mag niet groter zijn dan de limiet (standaard 10 MiB), zodat een lezer nooit onbeperkt geheugen nodig heeft. Zo'n regel is meestal een bestand zonder regeleinden of een record met een ingesloten bestand. De volgende regels worden gewoon gelezen.",
    en: "One NDJSON line (one record) may not be larger than the limit (10 MiB by default), so that a reader never needs unbounded memory. Such a line is usually a file without line breaks, or a record with an embedded file. The lines after it are read as usual.",
  },
  example: '{"type": "procurement", "record": {"attachment": "… 20 MB of base64 …"}}',
  exampleArgs: { bytes: 20971520, limit: 10485760 },
});

export const fileTooLarge = defineCode({
  code: "file-too-large",
  severity: "error",
  layer: "read",
  title: { nl: "Bestand te groot", en: "File too large" },
  message: {
    nl: "Het JSON-document is groter dan {limit} bytes en wordt niet gelezen; gebruik NDJSON, één record per regel.",
    en: "The JSON document is larger than {limit} bytes and is not read; use NDJSON, one record per line.",
  },
  docs: {
    nl: "Eén JSON-document moet in zijn geheel in het geheugen worden gelezen, en JavaScript kan geen tekst langer dan ongeveer 512 MiB aan. Lever grote datasets als NDJSON (één record per regel); dat wordt regel voor regel gelezen, in vast geheugen.",
    en: "A JSON document has to be read into memory whole, and JavaScript cannot hold a text longer than about 512 MiB. Deliver large datasets as NDJSON (one record per line); that is read line by line, in constant memory.",
  },
  example: "A dataset.json of 600 MiB",
  exampleArgs: { limit: 536870912 },
});

export const ndjsonTypeMissing = defineCode({
  code: "ndjson-type-missing",
  severity: "error",
  layer: "read",
  title: { nl: "Recordsoort ontbreekt", en: "Record type missing" },
  message: {
    nl: 'De regel is geen object met een tekenreeks "type"; hij wordt overgeslagen.',
    en: 'The line is not an object with a string "type"; it is skipped.',
  },
  docs: {
    nl: 'Elke NDJSON-regel is een object {"type": ..., "record": ...}; "type" zegt welke soort record erin staat, zoals "meta" of "procurement".',
    en: 'Every NDJSON line is an object {"type": ..., "record": ...}; "type" says which kind of record it holds, such as "meta" or "procurement".',
  },
  example: '{"record": {"id": "P-1"}}',
  exampleArgs: {},
});

export const ndjsonTypeUnknown = defineCode({
  code: "ndjson-type-unknown",
  severity: "error",
  layer: "read",
  title: { nl: "Onbekende recordsoort", en: "Unknown record type" },
  message: {
    nl: "De recordsoort {type} bestaat niet; de regel wordt overgeslagen. Bekend zijn: {known}.",
    en: "The record type {type} does not exist; the line is skipped. Known are: {known}.",
  },
  docs: {
    nl: 'Het veld "type" van een NDJSON-regel is "meta" of de naam van een entiteit in kleine letters met streepjes, zoals "procurement" of "purchase-package".',
    en: 'The "type" field of an NDJSON line is "meta" or the name of an entity in lower case with dashes, such as "procurement" or "purchase-package".',
  },
  example: '{"type": "Procurement", "record": {"id": "P-1"}}',
  exampleArgs: { type: '"Procurement"', known: "meta, organisation, procurement, …" },
});

export const ndjsonRecordMissing = defineCode({
  code: "ndjson-record-missing",
  severity: "error",
  layer: "read",
  title: { nl: "Record ontbreekt", en: "Record missing" },
  message: {
    nl: 'De regel heeft geen "record"; er is niets te controleren.',
    en: 'The line has no "record"; there is nothing to check.',
  },
  docs: {
    nl: 'Elke NDJSON-regel is een object {"type": ..., "record": ...}; het record zelf staat onder "record".',
    en: 'Every NDJSON line is an object {"type": ..., "record": ...}; the record itself is under "record".',
  },
  example: '{"type": "procurement", "id": "P-1"}',
  exampleArgs: {},
});

export const ndjsonExtraKey = defineCode({
  code: "ndjson-extra-key",
  severity: "error",
  layer: "read",
  title: { nl: "Onbekend veld in regel", en: "Unknown field in line" },
  message: {
    nl: 'De regel heeft naast "type" en "record" ook {key}; dat veld wordt genegeerd.',
    en: 'Besides "type" and "record" the line has {key}; that field is ignored.',
  },
  docs: {
    nl: 'Een NDJSON-regel heeft precies twee velden, "type" en "record". Zet extra gegevens in het record zelf, als het schema ze toestaat.',
    en: 'An NDJSON line has exactly two fields, "type" and "record". Put extra data in the record itself, if the schema allows it.',
  },
  example: '{"type": "procurement", "record": {"id": "P-1"}, "note": "x"}',
  exampleArgs: { key: '"note"' },
});

export const datasetNotObject = defineCode({
  code: "dataset-not-object",
  severity: "error",
  layer: "read",
  title: { nl: "Dataset is geen object", en: "Dataset is not an object" },
  message: {
    nl: 'Het document is geen dataset-object {"meta": ..., ...}.',
    en: 'The document is not a dataset object {"meta": ..., ...}.',
  },
  docs: {
    nl: 'Een JSON-dataset is één object met "meta" en een lijst per entiteit, zoals "procurements". Een los record controleert u met de entiteit erbij (--entity).',
    en: 'A JSON dataset is one object with "meta" and an array per entity, such as "procurements". Check a single record by giving its entity (--entity).',
  },
  example: '[{"id": "P-1"}]',
  exampleArgs: {},
});

export const datasetUnknownKey = defineCode({
  code: "dataset-unknown-key",
  severity: "error",
  layer: "read",
  title: { nl: "Onbekend veld in dataset", en: "Unknown field in dataset" },
  message: {
    nl: "De dataset heeft het onbekende veld {key}; het wordt genegeerd.",
    en: "The dataset has the unknown field {key}; it is ignored.",
  },
  docs: {
    nl: 'Een dataset heeft alleen "meta" en de lijsten van de entiteiten: organisations, declarations, signatures, roadmaps, goals, purchasePackages, tracks, criteria, mviLinks, indicatorDefinitions, observations, procurements.',
    en: 'A dataset has only "meta" and the arrays of the entities: organisations, declarations, signatures, roadmaps, goals, purchasePackages, tracks, criteria, mviLinks, indicatorDefinitions, observations, procurements.',
  },
  example: '{"meta": {…}, "procurement": […]}',
  exampleArgs: { key: '"procurement"' },
});

export const datasetNotArray = defineCode({
  code: "dataset-not-array",
  severity: "error",
  layer: "read",
  title: { nl: "Geen lijst", en: "Not an array" },
  message: {
    nl: "Het veld {key} van de dataset is geen lijst van records; het wordt overgeslagen.",
    en: "The dataset field {key} is not an array of records; it is skipped.",
  },
  docs: {
    nl: 'Elke entiteit staat in de dataset als lijst, ook als er maar één record is: "procurements": [{…}].',
    en: 'Every entity is an array in the dataset, even when there is only one record: "procurements": [{…}].',
  },
  example: '{"meta": {…}, "procurements": {"id": "P-1"}}',
  exampleArgs: { key: '"procurements"' },
});

export const metaMissing = defineCode({
  code: "meta-missing",
  severity: "error",
  layer: "read",
  title: { nl: "Metagegevens ontbreken", en: "Metadata missing" },
  message: {
    nl: "De dataset heeft geen metagegevens (meta).",
    en: "The dataset has no metadata (meta).",
  },
  docs: {
    nl: 'Elke dataset vermeldt wie hem publiceerde, wanneer, onder welke licentie en schemaversie: in JSON onder "meta", in NDJSON op de eerste regel {"type": "meta", "record": {…}}.',
    en: 'Every dataset states who published it, when, and under which licence and schema version: in JSON under "meta", in NDJSON on the first line {"type": "meta", "record": {…}}.',
  },
  example: '{"procurements": []}',
  exampleArgs: {},
});

export const metaRepeated = defineCode({
  code: "meta-repeated",
  severity: "error",
  layer: "read",
  title: { nl: "Metagegevens herhaald", en: "Metadata repeated" },
  message: {
    nl: "De dataset heeft al metagegevens op regel {first}; een dataset heeft er één.",
    en: "The dataset already has metadata on line {first}; a dataset has one.",
  },
  docs: {
    nl: "Een NDJSON-dataset heeft precies één regel met type meta, de eerste. Meerdere datasets aan elkaar plakken geeft er meer; lever ze apart.",
    en: "An NDJSON dataset has exactly one line of type meta, the first. Joining several datasets gives more; deliver them separately.",
  },
  example: '{"type": "meta", …}\\n{"type": "meta", …}',
  exampleArgs: { first: 1 },
});

export const metaNotFirst = defineCode({
  code: "meta-not-first",
  severity: "warning",
  layer: "read",
  title: { nl: "Metagegevens niet vooraan", en: "Metadata not first" },
  message: {
    nl: "De metagegevens staan op regel {line}, niet op de eerste regel met een record.",
    en: "The metadata is on line {line}, not on the first line with a record.",
  },
  docs: {
    nl: "In NDJSON staat de regel met type meta vooraan, zodat een lezer de schemaversie kent voordat de records komen.",
    en: "In NDJSON the line of type meta comes first, so that a reader knows the schema version before the records come.",
  },
  example: '{"type": "procurement", …}\\n{"type": "meta", …}',
  exampleArgs: { line: 2 },
});

/** Every code the JSON and NDJSON readers produce. */
export const jsonCodes = [
  jsonSyntax,
  nestingTooDeep,
  duplicateKey,
  numberNotExact,
  loneSurrogate,
  notUtf8,
  recordTooLarge,
  fileTooLarge,
  ndjsonTypeMissing,
  ndjsonTypeUnknown,
  ndjsonRecordMissing,
  ndjsonExtraKey,
  datasetNotObject,
  datasetUnknownKey,
  datasetNotArray,
  metaMissing,
  metaRepeated,
  metaNotFirst,
] as const;
