import type { Language } from "./language.ts";
import type { SectionKey, Site, SitePage } from "./site.ts";
import { type Phrase, phrase } from "./ui.ts";

/** A part of the site another tool builds (the API reference, the validator page), and whether it was built. */
export interface BuiltPart {
  readonly path: string;
  readonly title: Phrase;
  /** Why it is missing, in English; absent when it was built. */
  readonly missing?: string;
}

export interface NavLink {
  readonly title: string;
  /** Absent for a part that was not built. */
  readonly path?: string;
  readonly note?: string;
  readonly children: readonly NavLink[];
}

export interface NavSection {
  readonly key: SectionKey;
  readonly title: string;
  readonly links: readonly NavLink[];
}

/** The parts of the site outside the pages: where they go, for links, and the index pages of the reference. */
export const referenceIndexes = (lang: Language) => ({
  schema: `${lang}/schema/index.html`,
  codelists: `${lang}/codelists/index.html`,
  codes: `${lang}/codes/index.html`,
  changelog: `${lang}/changelog.html`,
});

function pageLink(site: Site, page: SitePage): NavLink {
  const children = site.pages.filter((child) => child.parent === page.path).map((child) => pageLink(site, child));
  return { title: page.title, path: page.path, children };
}

function partLink(lang: Language, part: BuiltPart): NavLink {
  const title = phrase(lang, part.title);
  return part.missing === undefined
    ? { title, path: part.path, children: [] }
    : { title, note: phrase(lang, "notBuilt", { reason: part.missing }), children: [] };
}

/** The sidebar of one language: guides, reference, tools and design, each page in the order it was added. */
export function buildNav(site: Site, lang: Language, parts: { api: BuiltPart; validator: BuiltPart }): NavSection[] {
  const byPath = new Map(site.pages.map((page) => [page.path, page]));
  const pagesOf = (section: SectionKey) =>
    site.pages.filter((page) => page.section === section && page.parent === undefined && page.lang === lang);
  const indexes = referenceIndexes(lang);
  const referencePage = (path: string) => {
    const page = byPath.get(path);
    return page === undefined ? [] : [pageLink(site, page)];
  };
  // a design note written in one language only shows in both sidebars
  const design = site.pages.filter(
    (page) => page.section === "design" && (page.lang === lang || page.counterpart === undefined),
  );
  return [
    { key: "guides", title: phrase(lang, "guides"), links: pagesOf("guides").map((page) => pageLink(site, page)) },
    {
      key: "reference",
      title: phrase(lang, "reference"),
      links: [
        ...referencePage(indexes.schema),
        ...referencePage(indexes.codelists),
        ...referencePage(indexes.codes),
        partLink(lang, parts.api),
        ...referencePage(indexes.changelog),
      ],
    },
    { key: "tools", title: phrase(lang, "tools"), links: [partLink(lang, parts.validator)] },
    { key: "design", title: phrase(lang, "design"), links: design.map((page) => pageLink(site, page)) },
  ];
}
