import type { MessageArgs } from "./code-definition.ts";
import type { Bilingual, Language } from "./finding.ts";
import { fill } from "./placeholders.ts";

/** Every word the writers put around the findings, in Dutch and English; `.one`/`.other` pairs are plurals. */
export const catalogue = {
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
  "count.finding.one": { nl: "{count} bevinding", en: "{count} finding" },
  "count.finding.other": { nl: "{count} bevindingen", en: "{count} findings" },
  "location.row": { nl: "rij {row}", en: "row {row}" },
  "location.sheet": { nl: "blad {sheet}", en: "sheet {sheet}" },
  "location.column": { nl: "kolom {column}", en: "column {column}" },
  "verdict.valid": { nl: "geldig", en: "valid" },
  "verdict.invalid": { nl: "ongeldig", en: "invalid" },
  totals: {
    nl: "{errors}, {warnings} en {infos} in {records}: {verdict}",
    en: "{errors}, {warnings} and {infos} in {records}: {verdict}",
  },
  more: { nl: "… en nog {count}", en: "… and {count} more" },
  found: { nl: "gevonden: {excerpt}", en: "found: {excerpt}" },
  unknownCode: { nl: "{code} (geen tekst voor deze code)", en: "{code} (no text for this code)" },
} as const satisfies Record<string, Bilingual>;

/** A key of the catalogue. */
export type Phrase = keyof typeof catalogue;

/** What can be counted in words. */
type Countable = "error" | "warning" | "info" | "record" | "finding";

/** A catalogue phrase in `lang` with its placeholders filled as given: the caller sanitises any data. */
export function phrase(lang: Language, key: Phrase, args: MessageArgs = {}): string {
  return fill(catalogue[key][lang], args, String);
}

/** "1 fout", "3 fouten": a count with the noun in the right number. */
export function counted(lang: Language, noun: Countable, count: number): string {
  return phrase(lang, `count.${noun}.${count === 1 ? "one" : "other"}`, { count });
}
