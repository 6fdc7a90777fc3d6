import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml } from "@mra-circulair/report";
import { type Bilingual, languages, otherLanguage } from "./language.ts";
import { renderMarkdown } from "./markdown.ts";
import { referenceIndexes } from "./nav.ts";
import { repoRoot } from "./paths.ts";
import type { Site } from "./site.ts";
import { createSlugger } from "./slug.ts";

const words = {
  title: { en: "Changelog", nl: "Wijzigingen" },
  intro: {
    en: "What changed for users of the packages: the released versions from the CHANGELOG.md files, and the changes not yet released from the pending changesets in .changeset/.",
    nl: "Wat er voor gebruikers van de pakketten is veranderd: de uitgebrachte versies uit de CHANGELOG.md-bestanden, en de nog niet uitgebrachte wijzigingen uit de openstaande changesets in .changeset/. De wijzigingen zijn in het Engels beschreven.",
  },
  unreleased: { en: "Unreleased", nl: "Nog niet uitgebracht" },
  released: { en: "Released", nl: "Uitgebracht" },
  none: { en: "None yet.", nl: "Nog geen." },
  packages: { en: "Packages", nl: "Pakketten" },
} as const satisfies Record<string, Bilingual>;

/** A pending changeset: the packages it bumps and how, and its description. */
export interface Changeset {
  readonly file: string;
  readonly bumps: readonly { readonly name: string; readonly bump: string }[];
  readonly body: string;
}

// the front matter may be empty: a changeset of private packages only bumps none
const FRONT_MATTER = /^---\r?\n((?:.*\r?\n)*?)---[ \t]*(?:\r?\n|$)/;

/** The changeset files in .changeset/, oldest name first; the README there is no changeset. */
export function pendingChangesets(dir = join(repoRoot, ".changeset")): Changeset[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".md") && file !== "README.md")
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), "utf8");
      const front = FRONT_MATTER.exec(text);
      if (front === null) throw new Error(`.changeset/${file} has no front matter`);
      const bumps = (front[1] ?? "")
        .split("\n")
        .map((line) => /^\s*["']?([^"':]+)["']?\s*:\s*(\w+)\s*$/.exec(line))
        .flatMap((match) => (match ? [{ name: match[1] ?? "", bump: match[2] ?? "" }] : []));
      return { file, bumps, body: text.slice(front[0].length) };
    });
}

/** The CHANGELOG.md files of the repository root and the packages. */
export function changelogFiles(): string[] {
  const packages = readdirSync(join(repoRoot, "packages")).map((name) => `packages/${name}/CHANGELOG.md`);
  return ["CHANGELOG.md", ...packages].filter((path) => existsSync(join(repoRoot, path)));
}

/** Adds the changelog in both languages: unreleased changesets first, then the released versions. */
export function addChangelogPages(site: Site): void {
  const changesets = pendingChangesets();
  const released = changelogFiles();
  for (const lang of languages) {
    // one set of heading ids for the page: every package's changelog has a "## 0.1.0"
    const slugger = createSlugger();
    const fragment = (markdown: string) =>
      renderMarkdown(markdown, { lang, rewriteHref: (href) => href, headingOffset: 2, slugger }).html;
    const unreleased = changesets.map(
      (changeset) =>
        `<section class="changeset">${changeset.bumps.length === 0 ? "" : `<p><strong>${words.packages[lang]}:</strong> ${changeset.bumps.map((bump) => `<code>${escapeHtml(bump.name)}</code> (${escapeHtml(bump.bump)})`).join(", ")}</p>\n`}${fragment(changeset.body)}</section>`,
    );
    const versions = released.map(
      (path) => `<h3>${escapeHtml(path)}</h3>\n${fragment(readFileSync(join(repoRoot, path), "utf8"))}`,
    );
    const path = referenceIndexes(lang).changelog;
    site.pages.push({
      path,
      lang,
      title: words.title[lang],
      section: "reference",
      counterpart: referenceIndexes(otherLanguage(lang)).changelog,
      body: `<h1>${escapeHtml(words.title[lang])}</h1>
<p>${escapeHtml(words.intro[lang])}</p>
<h2 id="unreleased">${escapeHtml(words.unreleased[lang])}</h2>
${unreleased.length > 0 ? unreleased.join("\n") : `<p>${escapeHtml(words.none[lang])}</p>`}
<h2 id="released">${escapeHtml(words.released[lang])}</h2>
${versions.length > 0 ? versions.join("\n") : `<p>${escapeHtml(words.none[lang])}</p>`}`,
    });
  }
}
