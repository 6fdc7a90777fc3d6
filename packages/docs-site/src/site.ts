import type { Language } from "./language.ts";

/** The parts of the navigation a page can sit in. */
export type SectionKey = "home" | "guides" | "reference" | "tools" | "design" | "repository";

/** One HTML page of the site. */
export interface SitePage {
  /** Where the page goes, relative to the site root: "en/for-developers.html". */
  readonly path: string;
  readonly lang: Language;
  readonly title: string;
  /** The HTML inside <main>. */
  readonly body: string;
  readonly section: SectionKey;
  /** The same page in the other language; absent for a page that exists in one language only. */
  readonly counterpart?: string;
  /** The index page this page belongs under (a codelist under the codelists index), for the sidebar. */
  readonly parent?: string;
}

/** The pages and files of the site, before they are written. */
export interface Site {
  readonly pages: SitePage[];
  /** Files copied as they are: site path to absolute source path. */
  readonly assets: Map<string, string>;
  /** What the build could not do, said plainly at the end of the build. */
  readonly notes: string[];
}

export const createSite = (): Site => ({ pages: [], assets: new Map(), notes: [] });
