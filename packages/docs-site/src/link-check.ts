import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { textOf } from "./slug.ts";

/** A link in the built site that leads nowhere. */
export interface LinkProblem {
  /** The page, relative to the site root. */
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

/** The result of checking every page of a built site. */
export interface LinkReport {
  readonly pages: number;
  readonly links: number;
  readonly problems: readonly LinkProblem[];
  /** Links into parts this build left out (the API reference in a fast build): their targets, to check elsewhere. */
  readonly deferred: readonly string[];
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The HTML files under `dir`, as paths relative to it. */
export function htmlFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const relative = prefix === "" ? name : `${prefix}/${name}`;
    if (statSync(path).isDirectory()) return htmlFiles(path, relative);
    return name.endsWith(".html") ? [relative] : [];
  });
}

/** The id and name attributes of an HTML document: where #anchors can point. */
export function anchorsOf(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/\s(?:id|name)="([^"]*)"/g), (match) => textOf(match[1] ?? "")));
}

/** The href and src attributes of an HTML document, unescaped. */
export function linksOf(html: string): string[] {
  return Array.from(html.matchAll(/\s(?:href|src)="([^"]*)"/g), (match) => textOf(match[1] ?? ""));
}

/**
 * Checks every href and src of every page under `siteDir`: the file must exist, and an #anchor must be an id in
 * it. Links into a `deferred` prefix that does not exist are returned for another check instead of failing.
 */
export function checkLinks(siteDir: string, deferred: readonly string[] = []): LinkReport {
  const pages = htmlFiles(siteDir);
  const anchors = new Map<string, Set<string>>();
  const anchorsAt = (page: string) => {
    let found = anchors.get(page);
    if (found === undefined) {
      found = anchorsOf(readFileSync(join(siteDir, page), "utf8"));
      anchors.set(page, found);
    }
    return found;
  };
  const problems: LinkProblem[] = [];
  const later = new Set<string>();
  let links = 0;
  for (const page of pages) {
    for (const href of linksOf(readFileSync(join(siteDir, page), "utf8"))) {
      if (EXTERNAL.test(href)) continue;
      links += 1;
      const [rawPath = "", hash] = href.split("#", 2);
      let target = rawPath === "" ? page : posix.normalize(posix.join(posix.dirname(page), decodeURI(rawPath)));
      if (
        rawPath.endsWith("/") ||
        (rawPath !== "" && existsSync(join(siteDir, target)) && statSync(join(siteDir, target)).isDirectory())
      ) {
        target = posix.join(target, "index.html");
      }
      if (target.startsWith("../")) {
        problems.push({ page, href, reason: "leads out of the site" });
      } else if (!existsSync(join(siteDir, target))) {
        if (deferred.some((prefix) => target.startsWith(prefix)))
          later.add(hash === undefined ? target : `${target}#${hash}`);
        else problems.push({ page, href, reason: `${target} does not exist` });
      } else if (
        hash !== undefined &&
        hash !== "" &&
        target.endsWith(".html") &&
        !anchorsAt(target).has(decodeURIComponent(hash))
      ) {
        problems.push({ page, href, reason: `${target} has no id "${hash}"` });
      }
    }
  }
  return { pages: pages.length, links, problems, deferred: [...later].sort() };
}
