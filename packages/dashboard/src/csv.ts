import type { IndicatorResults, ProgressEntry } from "@mra-circulair/indicators";
import { neutralise } from "@mra-circulair/io";
import { type Lang, localized } from "./format.ts";
import { translator } from "./messages.ts";

/** Options of {@link resultsToCsv}. */
export interface CsvOptions {
  /** The language of the headings and names; codes stay as they are. */
  readonly lang: Lang;
}

// Dutch Excel expects ";" between fields and a decimal comma, as the template command writes for Dutch
const DIALECT: Readonly<Record<Lang, { delimiter: string; decimal: string }>> = {
  nl: { delimiter: ";", decimal: "," },
  en: { delimiter: ",", decimal: "." },
};

type Field = { readonly text: string } | { readonly number: string };

function line(fields: readonly Field[], lang: Lang): string {
  const { delimiter, decimal } = DIALECT[lang];
  const quoted = fields.map((field) => {
    // an exact decimal is no formula, however it starts; only text is neutralised
    const value = "number" in field ? field.number.replace(".", decimal) : neutralise(field.text);
    return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
  });
  return `${quoted.join(delimiter)}\r\n`;
}

/**
 * The results as CSV, one row per observation: the indicator, the subject, the year and the exact value, and for
 * the share of circular procurement its target, gap and status. Headings and names are in the language; codes
 * are not translated. RFC 4180 with CRLF, in Dutch with ";" and decimal commas as Dutch Excel reads them, with a
 * byte order mark so that Excel reads UTF-8; text that a spreadsheet could run as a formula is neutralised.
 */
export function resultsToCsv(results: IndicatorResults, options: CsvOptions): string {
  const { lang } = options;
  const t = translator(lang);
  const names = new Map(results.definitions.map((definition) => [definition.id, localized(definition.name, lang)]));
  const subjects = new Map(results.subjects.map((subject) => [`${subject.type}:${subject.id}`, subject.name[lang]]));
  const progress = new Map<string, ProgressEntry>();
  for (const entry of results.progress) if (entry.observation !== undefined) progress.set(entry.observation, entry);
  const heading = (
    [
      "csv.indicator",
      "csv.indicatorName",
      "csv.subjectType",
      "csv.subject",
      "csv.subjectName",
      "csv.year",
      "csv.periodStart",
      "csv.periodEnd",
      "csv.value",
      "csv.unit",
      "csv.target",
      "csv.gap",
      "csv.status",
      "csv.ruleVersion",
    ] as const
  ).map((key) => ({ text: t(key) }));
  const rows = results.observations.map((observation) => {
    const entry = progress.get(observation.id);
    const { subject, period } = observation;
    const number = (value: string | undefined): Field => (value === undefined ? { text: "" } : { number: value });
    return line(
      [
        { text: observation.indicator },
        { text: names.get(observation.indicator) ?? "" },
        { text: subject.type },
        { text: subject.id },
        { text: subjects.get(`${subject.type}:${subject.id}`) ?? "" },
        { number: period.start.slice(0, 4) },
        { text: period.start },
        { text: period.end },
        { number: observation.value },
        { text: observation.unit },
        number(entry?.target),
        number(entry?.gap),
        { text: entry?.status ?? "" },
        { text: observation.ruleVersion ?? "" },
      ],
      lang,
    );
  });
  return `\uFEFF${line(heading, lang)}${rows.join("")}`;
}
