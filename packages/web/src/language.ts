import type { Language } from "@mra-circulair/report";

const isLanguage = (value: string | null): value is Language => value === "nl" || value === "en";

/**
 * The language the page opens in: ?lang=nl or ?lang=en in its address (the docs site links each language's
 * page), else the first of the browser's languages that is Dutch or English, else Dutch.
 */
export function initialLanguage(search: string, preferred: readonly string[]): Language {
  const asked = new URLSearchParams(search).get("lang");
  if (isLanguage(asked)) return asked;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split("-")[0] ?? "";
    if (isLanguage(primary)) return primary;
  }
  return "nl";
}
