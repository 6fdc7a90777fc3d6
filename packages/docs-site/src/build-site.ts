import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { API_INDEX, buildApiReference } from "./api-reference.ts";
import { addChangelogPages } from "./changelog.ts";
import { addCodePages } from "./code-pages.ts";
import { addCodelistPages } from "./codelist-pages.ts";
import { homePage } from "./home-pages.ts";
import { languages } from "./language.ts";
import { type BuiltPart, buildNav } from "./nav.ts";
import { addSchemaPages } from "./schema-pages.ts";
import { renderShell, STYLESHEET } from "./shell.ts";
import { createSite } from "./site.ts";
import { addSourcePages } from "./source-pages.ts";
import { buildValidatorApp, VALIDATOR_INDEX } from "./validator-app.ts";

export interface BuildOptions {
  /** The directory to write the site to; emptied first. */
  readonly out: string;
  /** Run typedoc for the API reference. */
  readonly api: boolean;
  /** Build packages/web and copy it in as the validator page. */
  readonly validator: boolean;
}

export interface BuildResult {
  readonly pages: number;
  readonly files: number;
  readonly parts: { readonly api: BuiltPart; readonly validator: BuiltPart };
  /** What the build could not do or found amiss, in plain words. */
  readonly notes: readonly string[];
}

const SKIPPED = "left out of this build";

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Builds the whole site from docs/, the schemas, the codelists, the code registry and the changesets. */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  rmSync(options.out, { recursive: true, force: true });
  mkdirSync(options.out, { recursive: true });
  const site = createSite();
  addSourcePages(site);
  addSchemaPages(site);
  addCodelistPages(site);
  await addCodePages(site);
  addChangelogPages(site);
  const parts = {
    api: options.api
      ? buildApiReference(join(options.out, "api"))
      : { path: API_INDEX, title: "apiReference" as const, missing: SKIPPED },
    validator: options.validator
      ? buildValidatorApp(join(options.out, "validator"))
      : { path: VALIDATOR_INDEX, title: "validatorApp" as const, missing: SKIPPED },
  };
  for (const [name, part] of Object.entries(parts)) {
    if (part.missing !== undefined && part.missing !== SKIPPED) site.notes.push(`${name}: ${part.missing}`);
  }
  const navs = new Map(languages.map((lang) => [lang, buildNav(site, lang, parts)] as const));
  for (const lang of languages) site.pages.push(homePage(lang, navs.get(lang) ?? []));
  const seen = new Set<string>();
  for (const page of site.pages) {
    if (seen.has(page.path)) throw new Error(`two pages would be written to ${page.path}`);
    seen.add(page.path);
    write(join(options.out, page.path), renderShell(page, navs.get(page.lang) ?? []));
  }
  site.assets.set(STYLESHEET, join(import.meta.dirname, "..", "assets", "site.css"));
  for (const [path, source] of site.assets) {
    mkdirSync(dirname(join(options.out, path)), { recursive: true });
    copyFileSync(source, join(options.out, path));
  }
  return { pages: site.pages.length, files: site.assets.size, parts, notes: site.notes };
}
