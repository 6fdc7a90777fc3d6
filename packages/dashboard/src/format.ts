import type { IndicatorUnit, LocalizedText } from "@mra-circulair/types";

/** The languages the report is written in. */
export type Lang = "nl" | "en";

const LOCALES: Readonly<Record<Lang, string>> = { nl: "nl-NL", en: "en-GB" };

/** A value to format: an exact decimal string as the indicators give it ("12.5"), or a number. */
export type Numeric = string | number;

/** How each unit is written: its Intl style, its decimals, and a suffix where Intl has no unit (tonnes). */
const UNITS: Readonly<Record<IndicatorUnit, { options: Intl.NumberFormatOptions; suffix: string }>> = {
  percent: { options: { style: "unit", unit: "percent", maximumFractionDigits: 1 }, suffix: "" },
  eur: {
    options: { style: "currency", currency: "EUR", minimumFractionDigits: 0, maximumFractionDigits: 0 },
    suffix: "",
  },
  count: { options: { maximumFractionDigits: 0 }, suffix: "" },
  tonne: { options: { maximumFractionDigits: 1 }, suffix: "\u00a0t" },
  "tonne-co2e": { options: { maximumFractionDigits: 1 }, suffix: "\u00a0t\u00a0CO\u2082e" },
};

/** Percentage points: one decimal, no unit, because the column heading names it. */
const POINTS: Intl.NumberFormatOptions = { maximumFractionDigits: 1 };

const formats = new Map<string, Intl.NumberFormat>();

function format(lang: Lang, key: string, options: Intl.NumberFormatOptions, value: Numeric): string {
  const id = `${lang}:${key}`;
  let found = formats.get(id);
  if (found === undefined) {
    found = new Intl.NumberFormat(LOCALES[lang], options);
    formats.set(id, found);
  }
  // Intl formats a numeric string as an exact decimal, never through a float; the indicators give only such strings
  return found.format(value as `${number}` | number);
}

/**
 * A value in the conventions of the language ("12,5%" in Dutch, "12.5%" in English), rounded half away from zero
 * to the decimals of its unit: one for percentages and tonnes, none for euros and counts.
 */
export function formatValue(value: Numeric, unit: IndicatorUnit, lang: Lang): string {
  const { options, suffix } = UNITS[unit];
  return `${format(lang, unit, options, value)}${suffix}`;
}

/** A difference in percentage points, with one decimal and no unit. */
export function formatPoints(value: Numeric, lang: Lang): string {
  return format(lang, "points", POINTS, value);
}

/** A whole number with the language's grouping: "1.234" in Dutch, "1,234" in English. */
export function formatCount(value: Numeric, lang: Lang): string {
  return formatValue(value, "count", lang);
}

/** A day in the language's long form, in Amsterdam time: "29 november 2026", "29 November 2026". */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(date);
}

/** A text in the language, or the Dutch text when it has no English. */
export function localized(text: LocalizedText, lang: Lang): string {
  return lang === "en" ? (text.en ?? text.nl) : text.nl;
}
