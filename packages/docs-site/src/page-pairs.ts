/** A hand-written page and its translation, as paths under docs/. */
export interface PagePair {
  readonly en: string;
  readonly nl: string;
}

/** A design note: written in one language or both. */
export type DesignPage = Partial<PagePair> & ({ readonly en: string } | { readonly nl: string });

/** The guides in the order of the navigation; docs/en and docs/nl mirror each other through this list. */
export const guidePairs: readonly PagePair[] = [
  { en: "en/getting-started.md", nl: "nl/aan-de-slag.md" },
  { en: "en/for-developers.md", nl: "nl/voor-ontwikkelaars.md" },
  { en: "en/for-data-teams.md", nl: "nl/voor-datateams.md" },
  { en: "en/for-partners.md", nl: "nl/voor-partners.md" },
  { en: "en/validator.md", nl: "nl/validator.md" },
  { en: "en/speed-and-memory.md", nl: "nl/snelheid-en-geheugen.md" },
  { en: "en/indicators.md", nl: "nl/indicatoren.md" },
  { en: "en/progress-report.md", nl: "nl/voortgangsrapportage.md" },
  { en: "en/writing-docs.md", nl: "nl/documentatie-schrijven.md" },
];

/** The design notes in docs/design, in the order of the navigation. */
export const designPages: readonly DesignPage[] = [
  { en: "design/validation-pipeline.md", nl: "design/validatiestraat.md" },
];
