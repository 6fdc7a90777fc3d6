import { escapeHtml } from "@mra-circulair/report";
import { relativeUrl } from "./html.ts";
import { languageNames, otherLanguage } from "./language.ts";
import type { NavLink, NavSection } from "./nav.ts";
import type { SitePage } from "./site.ts";
import { phrase } from "./ui.ts";

/** The stylesheet, at the same place for every page. */
export const STYLESHEET = "assets/site.css";

function navLink(page: SitePage, link: NavLink): string {
  const current = link.path === page.path;
  const open = current || link.children.some((child) => child.path === page.path || child.path === page.parent);
  const anchor =
    link.path === undefined
      ? `<span class="missing">${escapeHtml(link.title)} <small>(${escapeHtml(link.note ?? "")})</small></span>`
      : `<a href="${escapeHtml(relativeUrl(page.path, link.path))}"${current ? ' aria-current="page"' : ""}>${escapeHtml(link.title)}</a>`;
  const children =
    open && link.children.length > 0 ? `<ul>${link.children.map((child) => navLink(page, child)).join("")}</ul>` : "";
  return `<li>${anchor}${children}</li>`;
}

function sidebar(page: SitePage, nav: readonly NavSection[]): string {
  const sections = nav
    .filter((section) => section.links.length > 0)
    .map(
      (section) =>
        `<h2>${escapeHtml(section.title)}</h2><ul>${section.links.map((link) => navLink(page, link)).join("")}</ul>`,
    );
  return `<nav class="sidebar" aria-label="${escapeHtml(phrase(page.lang, "navigation"))}">${sections.join("\n")}</nav>`;
}

function languageSwitch(page: SitePage): string {
  const other = otherLanguage(page.lang);
  const target = page.counterpart ?? `${other}/index.html`;
  const note =
    page.counterpart === undefined
      ? ` <small>(${escapeHtml(phrase(page.lang, "onlyIn", { language: languageNames[page.lang] }))})</small>`
      : "";
  return `<nav class="language" aria-label="${escapeHtml(phrase(page.lang, "language"))}"><a href="${escapeHtml(relativeUrl(page.path, target))}" hreflang="${other}" lang="${other}">${languageNames[other]}</a>${note}</nav>`;
}

/** A whole HTML document: header with the language switch, the sidebar, the page, a footer; no external resources. */
export function renderShell(page: SitePage, nav: readonly NavSection[]): string {
  const home = relativeUrl(page.path, `${page.lang}/index.html`);
  const alternate =
    page.counterpart === undefined
      ? ""
      : `\n<link rel="alternate" hreflang="${otherLanguage(page.lang)}" href="${escapeHtml(relativeUrl(page.path, page.counterpart))}">`;
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} · mra-circulair</title>
<link rel="stylesheet" href="${escapeHtml(relativeUrl(page.path, STYLESHEET))}">${alternate}
</head>
<body>
<a class="skip" href="#content">${escapeHtml(phrase(page.lang, "skip"))}</a>
<header class="site-header">
<a class="site-name" href="${escapeHtml(home)}">${escapeHtml(phrase(page.lang, "siteName"))}</a>
${languageSwitch(page)}
</header>
<div class="layout">
${sidebar(page, nav)}
<main id="content">
${page.body}
</main>
</div>
<footer class="site-footer">${escapeHtml(phrase(page.lang, "footer"))}</footer>
</body>
</html>
`;
}
