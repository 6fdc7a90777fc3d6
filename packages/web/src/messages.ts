import type { Bilingual, Language } from "@mra-circulair/report";

/** Every text of the page, in Dutch and English; `.one`/`.other` pairs are plurals. Codes are never translated. */
export const messages = {
  "page.title": { nl: "Validator voor circulaire inkoopgegevens", en: "Validator for circular procurement data" },
  "page.intro": {
    nl: "Controleer een bestand met gegevens over circulair inkopen in de Metropoolregio Amsterdam tegen de standaard mra-circulair. De pagina doet dezelfde controles en geeft hetzelfde rapport als mra-circulair validate op de opdrachtregel.",
    en: "Check a file with data on circular procurement in the Amsterdam Metropolitan Area against the mra-circulair standard. The page runs the same checks and gives the same report as mra-circulair validate on the command line.",
  },
  "page.privacy": {
    nl: "Uw bestand blijft op uw computer: het wordt in deze browser gecontroleerd en nergens heen gestuurd. Eenmaal geladen werkt de pagina ook zonder internetverbinding.",
    en: "Your file stays on your computer: it is checked in this browser and sent nowhere. Once loaded, the page also works without an internet connection.",
  },
  "language.label": { nl: "Taal", en: "Language" },
  "drop.heading": { nl: "Bestand", en: "File" },
  "drop.prompt": { nl: "Sleep een bestand hierheen", en: "Drop a file here" },
  "drop.choose": { nl: "of kies een bestand", en: "or choose a file" },
  "drop.formats": {
    nl: "JSON of NDJSON (een dataset), CSV of XLSX (tabellen uit Excel)",
    en: "JSON or NDJSON (a dataset), CSV or XLSX (tables from Excel)",
  },
  "entity.label": { nl: "Wat staat erin", en: "What it holds" },
  "entity.hint": {
    nl: "Nodig voor een CSV-bestand als de bestandsnaam of de kolomkoppen het niet zeggen, en voor een JSON-bestand met één record.",
    en: "Needed for a CSV file whose name or headings do not say, and for a JSON file with one record.",
  },
  "entity.auto": { nl: "Vanzelf herkennen", en: "Recognise automatically" },
  "status.loading": { nl: "De validator wordt geladen…", en: "Loading the validator…" },
  "status.ready": { nl: "Klaar: kies een bestand.", en: "Ready: choose a file." },
  "status.checking": { nl: "{file} wordt gecontroleerd…", en: "Checking {file}…" },
  "status.read": {
    nl: "{file}: {read} van {total} gelezen, {records}",
    en: "{file}: {read} of {total} read, {records}",
  },
  "status.done": { nl: "{file} is gecontroleerd: {verdict}.", en: "{file} has been checked: {verdict}." },
  "status.cancelled": {
    nl: "Gestopt: {file} is niet helemaal gecontroleerd.",
    en: "Stopped: {file} has not been checked completely.",
  },
  "status.unknownFormat": {
    nl: "Aan de naam van {file} is niet te zien wat voor bestand het is: geef het de extensie .json, .ndjson, .csv of .xlsx.",
    en: "The name of {file} does not say what kind of file it is: give it the extension .json, .ndjson, .csv or .xlsx.",
  },
  "status.needsEntity": {
    nl: "De naam en de kolomkoppen van {file} zeggen niet welke gegevens erin staan. Kies bij ‘Wat staat erin’ wat het bestand bevat.",
    en: "The name and the headings of {file} do not say which data it holds. Choose what the file holds under ‘What it holds’.",
  },
  "status.failed": {
    nl: "De validator kon {file} niet controleren: {reason}",
    en: "The validator could not check {file}: {reason}",
  },
  "status.workerFailed": {
    nl: "De validator kon niet starten in deze browser.",
    en: "The validator could not start in this browser.",
  },
  "progress.label": { nl: "Voortgang", en: "Progress" },
  cancel: { nl: "Stoppen", en: "Stop" },
  "verdict.valid": { nl: "geldig", en: "valid" },
  "verdict.invalid": { nl: "ongeldig", en: "invalid" },
  "report.heading": { nl: "Rapport", en: "Report" },
  "report.totals": {
    nl: "{errors}, {warnings} en {infos} in {records}.",
    en: "{errors}, {warnings} and {infos} in {records}.",
  },
  "report.readAs.name": {
    nl: "Gelezen als {entity}: de bestandsnaam zegt het.",
    en: "Read as {entity}: the file name says so.",
  },
  "report.readAs.headings": {
    nl: "Gelezen als {entity}: de kolomkoppen zeggen het.",
    en: "Read as {entity}: the headings say so.",
  },
  "report.readAs.choice": { nl: "Gelezen als {entity}, zoals gekozen.", en: "Read as {entity}, as chosen." },
  "report.records": { nl: "Gelezen records", en: "Records read" },
  "report.download": { nl: "Rapport downloaden (JSON)", en: "Download the report (JSON)" },
  "report.byCode": { nl: "Bevindingen per code", en: "Findings by code" },
  "report.none": { nl: "Geen bevindingen.", en: "No findings." },
  "report.examples": { nl: "De eerste bevindingen met code {code}", en: "The first findings with code {code}" },
  "report.more": {
    nl: "… en nog {count}: alle bevindingen staan in het rapport (JSON).",
    en: "… and {count} more: the report (JSON) holds every finding.",
  },
  "report.truncated": {
    nl: "Alle bevindingen zijn geteld; het rapport (JSON) bevat de eerste {kept}.",
    en: "Every finding has been counted; the report (JSON) holds the first {kept}.",
  },
  "column.where": { nl: "Waar", en: "Where" },
  "column.pointer": { nl: "JSON-pointer", en: "JSON pointer" },
  "column.message": { nl: "Melding", en: "Message" },
  found: { nl: "gevonden: {excerpt}", en: "found: {excerpt}" },
  "severity.error": { nl: "fout", en: "error" },
  "severity.warning": { nl: "waarschuwing", en: "warning" },
  "severity.info": { nl: "melding", en: "notice" },
  "count.error.one": { nl: "{count} fout", en: "{count} error" },
  "count.error.other": { nl: "{count} fouten", en: "{count} errors" },
  "count.warning.one": { nl: "{count} waarschuwing", en: "{count} warning" },
  "count.warning.other": { nl: "{count} waarschuwingen", en: "{count} warnings" },
  "count.info.one": { nl: "{count} melding", en: "{count} notice" },
  "count.info.other": { nl: "{count} meldingen", en: "{count} notices" },
  "count.record.one": { nl: "{count} record", en: "{count} record" },
  "count.record.other": { nl: "{count} records", en: "{count} records" },
  "where.file": { nl: "het hele bestand", en: "the whole file" },
  "where.line": { nl: "regel {line}", en: "line {line}" },
  "where.column": { nl: "kolom {column}", en: "column {column}" },
  "where.row": { nl: "rij {row}", en: "row {row}" },
  "where.heading": { nl: "kolom ‘{heading}’", en: "column ‘{heading}’" },
  "where.sheet": { nl: "blad ‘{sheet}’", en: "sheet ‘{sheet}’" },
  "dashboard.heading": { nl: "Indicatoren", en: "Indicators" },
  "dashboard.computing": { nl: "De indicatoren worden berekend…", en: "Computing the indicators…" },
  "dashboard.failed": {
    nl: "De indicatoren konden niet berekend worden: {reason}",
    en: "The indicators could not be computed: {reason}",
  },
} as const satisfies Record<string, Bilingual>;

/** A key of the page's texts. */
export type MessageKey = keyof typeof messages;

/** What can be counted in words. */
export type Countable = "error" | "warning" | "info" | "record";

const PLACEHOLDER = /\{([a-z]+)\}/g;

/** A text in `lang` with its {name} placeholders filled; the caller formats numbers for the language. */
export function text(lang: Language, key: MessageKey, args: Readonly<Record<string, string>> = {}): string {
  return messages[key][lang].replace(PLACEHOLDER, (whole, name: string) => args[name] ?? whole);
}

const LOCALE: Readonly<Record<Language, string>> = { nl: "nl-NL", en: "en-GB" };

/** A number as the language writes it: 1.234 in Dutch, 1,234 in English. */
export const formatNumber = (lang: Language, count: number) => count.toLocaleString(LOCALE[lang]);

const BYTE_UNITS = ["B", "kB", "MB", "GB"] as const;

/** A size in bytes as the language writes it, in the largest unit below 1000 of it: "3,2 MB", "3.2 MB". */
export function formatBytes(lang: Language, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = value.toLocaleString(LOCALE[lang], { maximumFractionDigits: digits });
  return `${number} ${BYTE_UNITS[unit]}`;
}

/** "1 fout", "3 fouten": a count with the noun in the right number. */
export function counted(lang: Language, noun: Countable, count: number): string {
  return text(lang, `count.${noun}.${count === 1 ? "one" : "other"}`, { count: formatNumber(lang, count) });
}
