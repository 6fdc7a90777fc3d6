import type { Bilingual, Language } from "@mra-circulair/report";

export type { Bilingual, Language };

/** The languages of the site, English first as in the schemas. */
export const languages: readonly Language[] = ["en", "nl"];

/** The other language of the two. */
export const otherLanguage = (lang: Language): Language => (lang === "en" ? "nl" : "en");

/** The name of each language in that language, for the switch. */
export const languageNames: Readonly<Record<Language, string>> = { en: "English", nl: "Nederlands" };
