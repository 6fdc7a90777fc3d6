import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { relativeUrl } from "./html.ts";
import type { Language } from "./language.ts";
import { renderMarkdown } from "./markdown.ts";
import { designPages, guidePairs, type PagePair } from "./page-pairs.ts";
import { repoRoot } from "./paths.ts";
import type { SectionKey, Site } from "./site.ts";

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
// parts of the site that other tools build: a link into them is kept, never taken for a file to copy
const BUILT_PARTS = ["docs/api/", "docs/validator/"];

/** Where a repository file goes in the site: docs/ at the root, anything else under repo/, Markdown as .html. */
export function sitePathOf(repoPath: string): string {
  const inDocs = repoPath.startsWith("docs/");
  const path = inDocs ? repoPath.slice("docs/".length) : `repo/${repoPath}`;
  if (path === "README.md") return "index.html";
  return path.endsWith(".md") ? `${path.slice(0, -".md".length)}.html` : path;
}

interface Source {
  readonly repoPath: string;
  readonly lang: Language;
  readonly section: SectionKey;
  readonly counterpart?: string;
}

/** The address a link in `from` gets in the site; files it points at are copied, Markdown outside docs/ queued. */
function rewrite(href: string, from: string, site: Site, queue: (repoPath: string) => void): string {
  if (EXTERNAL.test(href) || href.startsWith("#") || href === "") return href;
  const [rawPath = "", hash] = href.split("#", 2);
  let target = posix.normalize(posix.join(posix.dirname(from), decodeURI(rawPath)));
  if (target.startsWith("../")) return href;
  const absolute = join(repoRoot, target);
  if (existsSync(absolute) && statSync(absolute).isDirectory()) target = posix.join(target, "README.md");
  if (target.endsWith(".md") && !target.startsWith("docs/")) queue(target);
  else if (!target.endsWith(".md") && !BUILT_PARTS.some((part) => target.startsWith(part)) && existsSync(absolute)) {
    site.assets.set(sitePathOf(target), join(repoRoot, target));
  }
  const to = sitePathOf(target);
  return relativeUrl(sitePathOf(from), hash === undefined ? to : `${to}#${hash}`);
}

function pairSources(pair: PagePair, section: SectionKey): Source[] {
  const exists = (path: string) => existsSync(join(repoRoot, "docs", path));
  const both = exists(pair.en) && exists(pair.nl);
  return (["en", "nl"] as const)
    .filter((lang) => exists(pair[lang]))
    .map((lang) => ({
      repoPath: `docs/${pair[lang]}`,
      lang,
      section,
      ...(both ? { counterpart: sitePathOf(`docs/${pair[lang === "en" ? "nl" : "en"]}`) } : {}),
    }));
}

/** The Markdown files in docs/en, docs/nl and docs/design, as paths under docs/. */
export function handWrittenFiles(): string[] {
  return ["en", "nl", "design"].flatMap((dir) =>
    existsSync(join(repoRoot, "docs", dir))
      ? readdirSync(join(repoRoot, "docs", dir))
          .filter((file) => file.endsWith(".md"))
          .map((file) => `${dir}/${file}`)
      : [],
  );
}

/** Renders docs/README.md, the guides, the design notes and the repository Markdown they link to. */
export function addSourcePages(site: Site): void {
  const named = new Set<string>();
  const sources: Source[] = [{ repoPath: "docs/README.md", lang: "en", section: "home", counterpart: "nl/index.html" }];
  for (const pair of guidePairs) {
    sources.push(...pairSources(pair, "guides"));
    named.add(pair.en).add(pair.nl);
  }
  for (const page of designPages) {
    const complete = page.en !== undefined && page.nl !== undefined;
    if (complete) sources.push(...pairSources({ en: page.en, nl: page.nl }, "design"));
    for (const lang of ["en", "nl"] as const) {
      const path = page[lang];
      if (path === undefined) continue;
      named.add(path);
      if (!complete && existsSync(join(repoRoot, "docs", path))) {
        sources.push({ repoPath: `docs/${path}`, lang, section: "design" });
      }
    }
  }
  for (const path of named) {
    if (!existsSync(join(repoRoot, "docs", path)))
      site.notes.push(`docs/${path} is in the navigation but does not exist`);
  }
  for (const path of handWrittenFiles()) {
    if (!named.has(path))
      site.notes.push(`docs/${path} is in no navigation list (packages/docs-site/src/page-pairs.ts)`);
  }
  const queued = new Set<string>();
  const queue = (repoPath: string) => {
    if (queued.has(repoPath)) return;
    queued.add(repoPath);
    if (existsSync(join(repoRoot, repoPath))) sources.push({ repoPath, lang: "en", section: "repository" });
  };
  // the queue grows while pages are rendered: a repository page can link to another
  for (let index = 0; index < sources.length; index += 1) {
    const source = sources[index] as Source;
    const markdown = readFileSync(join(repoRoot, source.repoPath), "utf8");
    const rewriteHref = (href: string) => rewrite(href, source.repoPath, site, queue);
    const rendered = renderMarkdown(markdown, { lang: source.lang, rewriteHref });
    if (rendered.title === undefined) throw new Error(`${source.repoPath} has no first-level heading (# Title)`);
    site.pages.push({
      path: sitePathOf(source.repoPath),
      lang: source.lang,
      title: rendered.title,
      body: rendered.html,
      section: source.section,
      ...(source.counterpart === undefined ? {} : { counterpart: source.counterpart }),
    });
  }
}
