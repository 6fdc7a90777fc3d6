import { type CodeDefinition, defineCode } from "@mra-circulair/report";

// The read codes of the tabular forms: CSV files and XLSX workbooks. The csv-* codes about headings and cells
// apply to an XLSX sheet as well, which is the same table in another container; the xlsx-* codes are about the
// workbook itself. The CSV reader also gives not-utf8 and record-too-large, which json-codes.ts defines once for
// all readers.

export const csvEncodingDetected = defineCode({
  code: "csv-encoding-detected",
  severity: "info",
  layer: "read",
  title: { nl: "Codering herkend", en: "Encoding detected" },
  message: {
    nl: "Het bestand is geen UTF-8 en is gelezen als {encoding}.",
    en: "The file is not UTF-8 and was read as {encoding}.",
  },
  docs: {
    nl: "Het begin van het bestand is geen geldige UTF-8 en er is geen codering opgegeven; zoals Excel doet, is het gelezen als Windows-1252 (de ANSI-codetabel van een Nederlandse Windows). Controleer tekens als €, ’ en ë.",
    en: "The start of the file is not valid UTF-8 and no encoding was declared; as Excel does, it was read as Windows-1252 (the ANSI code page of a Dutch Windows). Check characters such as €, ’ and ë.",
  },
  example: "Leverancier;Bedrag\nCafé Müller;€ 12,50 (saved by Excel as CSV with semicolons)",
  exampleArgs: { encoding: "windows-1252" },
});

export const csvNotWindows1252 = defineCode({
  code: "csv-not-windows-1252",
  severity: "error",
  layer: "read",
  title: { nl: "Geen Windows-1252", en: "Not Windows-1252" },
  message: {
    nl: "Byte {byte} is geen teken in Windows-1252; het lezen is hier gestopt.",
    en: "Byte {byte} is no character in Windows-1252; reading stopped here.",
  },
  docs: {
    nl: "Vijf bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) hebben geen teken in Windows-1252. Het bestand heeft dan een andere codering; sla het op als CSV UTF-8.",
    en: "Five bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) have no character in Windows-1252. The file then has another encoding; save it as CSV UTF-8.",
  },
  example: "A file read as windows-1252 that holds the byte 0x81.",
  exampleArgs: { byte: "0x81" },
});

export const csvDelimiter = defineCode({
  code: "csv-delimiter",
  severity: "error",
  layer: "read",
  title: { nl: "Scheidingsteken onduidelijk", en: "Delimiter ambiguous" },
  message: {
    nl: "De kopregel bevat meer dan één mogelijk scheidingsteken ({candidates}); geef het scheidingsteken op.",
    en: "The heading line holds more than one possible delimiter ({candidates}); declare the delimiter.",
  },
  docs: {
    nl: "Het scheidingsteken (komma, puntkomma of tab) wordt afgeleid uit de kopregel, buiten aanhalingstekens. Komen er meerdere voor, dan wordt niet gegokt: geef het scheidingsteken op. Een bestand wordt nooit met meerdere scheidingstekens tegelijk gelezen.",
    en: "The delimiter (comma, semicolon or tab) is derived from the heading line, outside quotes. When several occur, nothing is guessed: declare the delimiter. A file is never read with several delimiters at once.",
  },
  example: "id;title/nl,title/en",
  exampleArgs: { candidates: '";" ","' },
});

export const csvWrongDelimiter = defineCode({
  code: "csv-wrong-delimiter",
  severity: "error",
  layer: "read",
  title: { nl: "Verkeerd scheidingsteken", en: "Wrong delimiter" },
  message: {
    nl: "Met scheidingsteken {declared} heeft het bestand één kolom, maar de kopregel bevat {likely}: het scheidingsteken lijkt {likely}.",
    en: "With the delimiter {declared} the file has one column, but the heading line holds {likely}: the delimiter looks like {likely}.",
  },
  docs: {
    nl: "Een bestand uit een Nederlandse Excel gebruikt de puntkomma. Gelezen met een komma wordt het één kolom, die nooit als geldig wordt aangemerkt. Geef het juiste scheidingsteken op of laat het afleiden.",
    en: "A file from a Dutch Excel uses the semicolon. Read with a comma it becomes one column, which is never taken as valid. Declare the right delimiter or let it be derived.",
  },
  example: "id;buyer;title/nl (read with the delimiter ,)",
  exampleArgs: { declared: '","', likely: '";"' },
});

export const csvUnclosedQuote = defineCode({
  code: "csv-unclosed-quote",
  severity: "error",
  layer: "read",
  title: { nl: "Aanhalingsteken niet gesloten", en: "Unclosed quote" },
  message: {
    nl: "Het veld tussen aanhalingstekens dat hier begint, wordt niet gesloten vóór het einde van het bestand of de recordlimiet; het lezen is gestopt.",
    en: "The quoted field that starts here is not closed before the end of the file or the record size limit; reading stopped.",
  },
  docs: {
    nl: "Een veld dat met een aanhalingsteken begint, loopt door tot het volgende aanhalingsteken. Ontbreekt dat, dan zou de rest van het bestand één veld worden; het lezen stopt daarom bij de recordlimiet. Sluit het veld of verwijder het aanhalingsteken.",
    en: "A field that starts with a quote runs to the next quote. When that is missing, the rest of the file would become one field; reading therefore stops at the record size limit. Close the field or remove the quote.",
  },
  example: 'id,title/nl\nP-1,"Meubilair\nP-2,Catering',
  exampleArgs: {},
});

export const csvInvalidQuote = defineCode({
  code: "csv-invalid-quote",
  severity: "error",
  layer: "read",
  title: { nl: "Aanhalingsteken op verkeerde plek", en: "Misplaced quote" },
  message: {
    nl: "Een aanhalingsteken in een veld zonder aanhalingstekens, of direct na een sluitend aanhalingsteken; de rij is niet gelezen.",
    en: "A quote inside a field that is not quoted, or right after a closing quote; the row was not read.",
  },
  docs: {
    nl: 'Zet het hele veld tussen aanhalingstekens en verdubbel elk aanhalingsteken erin ("").',
    en: 'Put the whole field in quotes and double every quote inside it ("").',
  },
  example: 'id,title/nl\nP-1,"Meubilair" 2024',
  exampleArgs: {},
});

export const csvRaggedRow = defineCode({
  code: "csv-ragged-row",
  severity: "error",
  layer: "read",
  title: { nl: "Rij met afwijkend aantal velden", en: "Ragged row" },
  message: {
    nl: "De rij heeft {actual} velden en de kopregel {expected}.",
    en: "The row has {actual} fields and the heading line {expected}.",
  },
  docs: {
    nl: "Elke rij heeft evenveel velden als de kopregel. Velden die ontbreken, worden als leeg gelezen; velden te veel worden niet gelezen. Vaak staat er een scheidingsteken in een veld zonder aanhalingstekens.",
    en: "Every row has as many fields as the heading line. Missing fields are read as empty; extra fields are not read. Often a field without quotes holds a delimiter.",
  },
  example: "id,title/nl\nP-1,Meubilair,extra",
  exampleArgs: { actual: 3, expected: 2 },
});

export const csvNulByte = defineCode({
  code: "csv-nul-byte",
  severity: "error",
  layer: "read",
  title: { nl: "NUL-teken", en: "NUL character" },
  message: {
    nl: "Het veld bevat een NUL-teken (0x00); het bestand is waarschijnlijk geen tekstbestand in UTF-8 of Windows-1252.",
    en: "The field holds a NUL character (0x00); the file is probably not a text file in UTF-8 or Windows-1252.",
  },
  docs: {
    nl: "Tekst bevat geen NUL-tekens. Ze wijzen op een binair bestand of een UTF-16-bestand zonder BOM. Sla het bestand op als CSV UTF-8.",
    en: "Text holds no NUL characters. They point to a binary file or a UTF-16 file without a BOM. Save the file as CSV UTF-8.",
  },
  example: "id,title/nl\nP-1,Meu\\0bilair (a NUL byte inside the title)",
  exampleArgs: {},
});

export const csvLineEnding = defineCode({
  code: "csv-line-ending",
  severity: "error",
  layer: "read",
  title: { nl: "Regeleinde alleen CR", en: "CR-only line ending" },
  message: {
    nl: "De regel eindigt op een los CR-teken (klassiek Mac-regeleinde); gebruik CRLF of LF.",
    en: "The line ends with a lone CR (a classic Mac line ending); use CRLF or LF.",
  },
  docs: {
    nl: "Regels eindigen op CRLF (Windows) of LF. Een los CR buiten aanhalingstekens is een verouderd regeleinde dat andere programma's anders lezen; het is hier als regeleinde gelezen, maar sla het bestand opnieuw op.",
    en: "Lines end with CRLF (Windows) or LF. A lone CR outside quotes is an outdated line ending that other programs read differently; it was read as a line ending here, but save the file again.",
  },
  example: "id,title/nl\\rP-1,Meubilair\\r",
  exampleArgs: {},
});

export const csvEmpty = defineCode({
  code: "csv-empty",
  severity: "error",
  layer: "read",
  title: { nl: "Geen kopregel", en: "No heading line" },
  message: {
    nl: "Het bestand heeft geen kopregel.",
    en: "The file has no heading line.",
  },
  docs: {
    nl: "De eerste rij noemt de kolommen; zonder die rij kan niets worden gelezen. Gebruik een sjabloon (mra-circulair template).",
    en: "The first row names the columns; without it nothing can be read. Use a template (mra-circulair template).",
  },
  example: "(an empty file)",
  exampleArgs: {},
});

export const csvUnknownColumn = defineCode({
  code: "csv-unknown-column",
  severity: "error",
  layer: "read",
  title: { nl: "Onbekende kolom", en: "Unknown column" },
  message: {
    nl: "De kolom {heading} is geen eigenschap van {entity}; de cellen ervan zijn niet gelezen.",
    en: "The column {heading} is not a property of {entity}; its cells were not read.",
  },
  docs: {
    nl: "Elke kolomkop noemt een eigenschap: als pad (contractValue/amount), met Engelse titels (Contract value: Amount) of met Nederlandse titels (Contractwaarde: Bedrag); hoofdletters en spaties eromheen tellen niet. Een onbekende kop wordt gemeld en nooit stilzwijgend overgeslagen. Controleer de spelling of gebruik een sjabloon.",
    en: "Every column heading names a property: as a path (contractValue/amount), in English titles (Contract value: Amount) or in Dutch titles (Contractwaarde: Bedrag); case and surrounding spaces do not matter. An unknown heading is reported and never silently skipped. Check the spelling or use a template.",
  },
  example: "id,buyer,contract value",
  exampleArgs: { heading: '"contract value"', entity: "Procurement" },
});

export const csvForbiddenColumn = defineCode({
  code: "csv-forbidden-column",
  severity: "error",
  layer: "read",
  title: { nl: "Verboden kolom", en: "Forbidden column" },
  message: {
    nl: "De kolom {heading} noemt een sleutel die nooit wordt gelezen (__proto__, prototype, constructor); de cellen ervan zijn genegeerd.",
    en: "The column {heading} names a key that is never read (__proto__, prototype, constructor); its cells were ignored.",
  },
  docs: {
    nl: "Zulke koppen kunnen bij het opbouwen van records het prototype van objecten bereiken (prototype pollution). Ze zijn nooit een eigenschap van de standaard en worden daarom geweigerd.",
    en: "Such headings could reach the prototype of objects while records are built (prototype pollution). They are never a property of the standard and are therefore refused.",
  },
  example: "id,__proto__/admin",
  exampleArgs: { heading: '"__proto__/admin"' },
});

export const csvDuplicateColumn = defineCode({
  code: "csv-duplicate-column",
  severity: "error",
  layer: "read",
  title: { nl: "Dubbele kolom", en: "Duplicate column" },
  message: {
    nl: "De kolom {heading} noemt dezelfde eigenschap als kolom {first}; alleen die eerste is gelezen.",
    en: "The column {heading} names the same property as column {first}; only that first one was read.",
  },
  docs: {
    nl: "Elke eigenschap staat in één kolom. Een pad en een titel van dezelfde eigenschap tellen als dezelfde kolom.",
    en: "Every property is in one column. A path and a title of the same property count as the same column.",
  },
  example: "id,title/nl,Titel: Nederlands",
  exampleArgs: { heading: '"Titel: Nederlands"', first: '"title/nl"' },
});

export const csvDecimal = defineCode({
  code: "csv-decimal",
  severity: "error",
  layer: "read",
  title: { nl: "Decimaalteken past niet", en: "Decimal separator does not fit" },
  message: {
    nl: "Het getal {value} past niet bij het decimaalteken {separator} van het bestand en is niet als getal gelezen.",
    en: "The number {value} does not fit the decimal separator {separator} of the file and was not read as a number.",
  },
  docs: {
    nl: 'Een bestand met puntkomma\'s (Nederlandse Excel) gebruikt standaard de decimale komma: "1.234,56" is 1234.56. Met de decimale punt wordt "12,5" geweigerd en nooit afgekapt tot 12. Geef het decimaalteken op als het afwijkt.',
    en: 'A file with semicolons (Dutch Excel) uses the decimal comma by default: "1.234,56" is 1234.56. With the decimal point "12,5" is refused and never truncated to 12. Declare the decimal separator when it differs.',
  },
  example: 'id,contractValue/amount\nP-1,"12,5" (read with the decimal point)',
  exampleArgs: { value: '"12,5"', separator: '"."' },
});

export const csvDateFormat = defineCode({
  code: "csv-date-format",
  severity: "error",
  layer: "read",
  title: { nl: "Datumnotatie", en: "Date format" },
  message: {
    nl: "De datum {value} lijkt dd-mm-jjjj; schrijf datums als jjjj-mm-dd of geef de datumnotatie dd-mm-yyyy op.",
    en: "The date {value} looks like dd-mm-yyyy; write dates as yyyy-mm-dd or declare the date format dd-mm-yyyy.",
  },
  docs: {
    nl: "Datums zijn ISO 8601 (2026-11-28). De Nederlandse notatie 28-11-2026 wordt alleen gelezen als die is opgegeven, zodat 03-02 nooit stilzwijgend februari of maart wordt.",
    en: "Dates are ISO 8601 (2026-11-28). The Dutch form 28-11-2026 is read only when declared, so that 03-02 never silently becomes February or March.",
  },
  example: "id,dates/publication\nP-1,28-11-2026",
  exampleArgs: { value: '"28-11-2026"' },
});

export const xlsxTooLarge = defineCode({
  code: "xlsx-too-large",
  severity: "error",
  layer: "read",
  title: { nl: "Werkmap te groot", en: "Workbook too large" },
  message: {
    nl: "De werkmap overschrijdt een grens ({measure}: {actual}, grens {limit}) en is niet gelezen.",
    en: "The workbook exceeds a limit ({measure}: {actual}, limit {limit}) and was not read.",
  },
  docs: {
    nl: "Een XLSX-bestand is een zip-archief. Vóór het uitpakken worden het aantal onderdelen, de uitgepakte grootte (standaard 512 MiB) en de compressieverhouding (standaard hoogstens 1:100) gecontroleerd, zodat een zip-bom het geheugen niet kan vullen. Verdeel grote uitwisselingen of gebruik NDJSON.",
    en: "An XLSX file is a zip archive. Before unpacking, the number of entries, the uncompressed size (512 MiB by default) and the inflate ratio (at most 1:100 by default) are checked, so that a zip bomb cannot fill the memory. Split large exchanges or use NDJSON.",
  },
  example: "A 50 KB .xlsx whose sheet inflates to 5 GB.",
  exampleArgs: { measure: "uncompressed-bytes", actual: 5368709120, limit: 536870912 },
});

export const xlsxInvalid = defineCode({
  code: "xlsx-invalid",
  severity: "error",
  layer: "read",
  title: { nl: "Geen leesbare werkmap", en: "Unreadable workbook" },
  message: {
    nl: "Het bestand is geen leesbare XLSX-werkmap ({reason}).",
    en: "The file is not a readable XLSX workbook ({reason}).",
  },
  docs: {
    nl: "Alleen .xlsx (Office Open XML) wordt gelezen, niet .xls, .ods of een versleutelde werkmap. Sla het bestand in Excel op als Excel-werkmap (.xlsx).",
    en: "Only .xlsx (Office Open XML) is read, not .xls, .ods or an encrypted workbook. Save the file in Excel as Excel Workbook (.xlsx).",
  },
  example: "A .xls file renamed to .xlsx.",
  exampleArgs: { reason: "no zip central directory" },
});

export const xlsxCellOutOfRange = defineCode({
  code: "xlsx-cell-out-of-range",
  severity: "error",
  layer: "read",
  title: { nl: "Cel buiten het blad", en: "Cell out of range" },
  message: {
    nl: "Het blad heeft een cel {cell} buiten het grootste blad dat Excel toestaat (1.048.576 rijen bij 16.384 kolommen); de werkmap is niet gelezen.",
    en: "The sheet has a cell {cell} beyond the largest sheet Excel allows (1,048,576 rows by 16,384 columns); the workbook was not read.",
  },
  docs: {
    nl: "Zo'n cel komt niet uit Excel en zou bij het lezen een enorme tabel vragen. De werkmap wordt geweigerd.",
    en: "Such a cell does not come from Excel and would ask for a huge table when read. The workbook is refused.",
  },
  example: '<c r="XFE1"> in a sheet of the workbook',
  exampleArgs: { cell: "XFE1" },
});

export const xlsxUnknownSheet = defineCode({
  code: "xlsx-unknown-sheet",
  severity: "error",
  layer: "read",
  title: { nl: "Onbekend blad", en: "Unknown sheet" },
  message: {
    nl: "Het blad {sheet} is geen entiteit van de standaard; de rijen ervan zijn niet gelezen.",
    en: "The sheet {sheet} is not an entity of the standard; its rows were not read.",
  },
  docs: {
    nl: "Elk blad heet naar de lijst in de dataset (procurements) of de Engelse of Nederlandse titel ervan (Procurements, Aanbestedingen); het blad meta bevat de metagegevens.",
    en: "Every sheet is named after the list in the dataset (procurements) or its English or Dutch title (Procurements, Aanbestedingen); the sheet meta holds the metadata.",
  },
  example: "A workbook with a sheet named Blad1.",
  exampleArgs: { sheet: '"Blad1"' },
});

export const xlsxDuplicateSheet = defineCode({
  code: "xlsx-duplicate-sheet",
  severity: "error",
  layer: "read",
  title: { nl: "Dubbel blad", en: "Duplicate sheet" },
  message: {
    nl: "Het blad {sheet} bevat dezelfde entiteit als blad {first}; alleen dat eerste is gelezen.",
    en: "The sheet {sheet} holds the same entity as sheet {first}; only that first one was read.",
  },
  docs: {
    nl: "Elke entiteit staat op één blad.",
    en: "Every entity is on one sheet.",
  },
  example: "A workbook with the sheets procurements and Aanbestedingen.",
  exampleArgs: { sheet: '"Aanbestedingen"', first: '"procurements"' },
});

export const xlsxFormula = defineCode({
  code: "xlsx-formula",
  severity: "warning",
  layer: "read",
  title: { nl: "Formules", en: "Formulas" },
  message: {
    nl: "Het blad bevat {count} cellen met een formule; de laatst berekende waarden zijn gelezen, niet de formules.",
    en: "The sheet holds {count} cells with a formula; their last calculated values were read, not the formulas.",
  },
  docs: {
    nl: "Formules worden nooit uitgevoerd. De waarde die Excel bij het opslaan berekende, wordt gelezen; die kan verouderd zijn. Vervang formules door waarden (Plakken speciaal, Waarden).",
    en: "Formulas are never evaluated. The value Excel calculated when it saved the file is read; it may be stale. Replace formulas by values (Paste Special, Values).",
  },
  example: "A cell =SUM(B2:B9) in the sheet procurements.",
  exampleArgs: { count: 1 },
});

export const xlsxCellError = defineCode({
  code: "xlsx-cell-error",
  severity: "error",
  layer: "read",
  title: { nl: "Foutwaarde in cel", en: "Error value in cell" },
  message: {
    nl: "De cel bevat een foutwaarde van Excel (zoals #DEEL/0! of #N/B) en is als leeg gelezen.",
    en: "The cell holds an Excel error value (such as #DIV/0! or #N/A) and was read as empty.",
  },
  docs: {
    nl: "Een formule die een fout gaf, laat geen waarde achter. De cel wordt als leeg gelezen, dus een verplichte eigenschap ontbreekt dan en een optionele lijkt niet opgegeven. Herstel de formule of vervang haar door een waarde.",
    en: "A formula that failed leaves no value. The cell is read as empty, so a required property is then missing and an optional one looks not given. Fix the formula or replace it by a value.",
  },
  example: "A cell =1/0 in the column contractValue/amount.",
  exampleArgs: {},
});

export const xlsxDateCell = defineCode({
  code: "xlsx-date-cell",
  severity: "error",
  layer: "read",
  title: { nl: "Excel-datum", en: "Excel date" },
  message: {
    nl: "De cel bevat een Excel-datum ({value}) waar tekst hoort; een Excel-datum heeft geen tijdzone. Schrijf de waarde als tekst.",
    en: "The cell holds an Excel date ({value}) where text belongs; an Excel date has no time zone. Write the value as text.",
  },
  docs: {
    nl: "Een Excel-datum in een datumkolom (jjjj-mm-dd) wordt gelezen. In een kolom met datum en tijd ontbreekt de tijdzone, en in andere kolommen is het meestal een getal of code die Excel als datum opvatte. Maak de cel op als Tekst en typ de waarde opnieuw.",
    en: "An Excel date in a date column (yyyy-mm-dd) is read. In a date-time column the time zone is missing, and in other columns it is usually a number or code that Excel took for a date. Format the cell as Text and type the value again.",
  },
  example: "The cell publishedAt holds the Excel date 2026-11-28 12:00.",
  exampleArgs: { value: "2026-11-28T12:00:00" },
});

/** The codes of the tabular readers that only they produce. */
export const tabularCodes: readonly CodeDefinition[] = [
  csvEncodingDetected,
  csvNotWindows1252,
  csvDelimiter,
  csvWrongDelimiter,
  csvUnclosedQuote,
  csvInvalidQuote,
  csvRaggedRow,
  csvNulByte,
  csvLineEnding,
  csvEmpty,
  csvUnknownColumn,
  csvForbiddenColumn,
  csvDuplicateColumn,
  csvDecimal,
  csvDateFormat,
  xlsxTooLarge,
  xlsxInvalid,
  xlsxCellOutOfRange,
  xlsxUnknownSheet,
  xlsxDuplicateSheet,
  xlsxFormula,
  xlsxCellError,
  xlsxDateCell,
];
