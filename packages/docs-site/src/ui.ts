import type { Bilingual, Language } from "./language.ts";

/** The words of the page shell and the shared parts of generated pages, in English and Dutch. */
const phrases = {
  siteName: { en: "mra-circulair documentation", nl: "mra-circulair-documentatie" },
  skip: { en: "Skip to the content", nl: "Naar de inhoud" },
  navigation: { en: "Navigation", nl: "Navigatie" },
  language: { en: "Language", nl: "Taal" },
  onlyIn: { en: "this page is in {language} only", nl: "deze pagina is er alleen in het {language}" },
  guides: { en: "Guides", nl: "Handleidingen" },
  reference: { en: "Reference", nl: "Naslag" },
  tools: { en: "Tools", nl: "Hulpmiddelen" },
  design: { en: "Design", nl: "Ontwerp" },
  apiReference: { en: "API reference", nl: "API-naslag" },
  validatorApp: { en: "Validator (in the browser)", nl: "Validator (in de browser)" },
  notBuilt: { en: "not built: {reason}", nl: "niet gebouwd: {reason}" },
  exitCode: { en: "Ends with exit code {code}", nl: "Eindigt met afsluitcode {code}" },
  footer: {
    en: "Generated from the repository by pnpm run docs. Code MIT; codelists and reference data CC BY 4.0.",
    nl: "Gegenereerd uit de repository met pnpm run docs. Code MIT; codelijsten en referentiegegevens CC BY 4.0.",
  },
} as const satisfies Record<string, Bilingual>;

export type Phrase = keyof typeof phrases;

/** A phrase in `lang` with its {name} placeholders filled. */
export function phrase(lang: Language, key: Phrase, args: Readonly<Record<string, string>> = {}): string {
  return phrases[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => args[name] ?? whole);
}
