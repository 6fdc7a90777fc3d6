import { escapeHtml } from "@mra-circulair/report";
import { relativeUrl } from "./html.ts";
import { type Bilingual, type Language, otherLanguage } from "./language.ts";
import type { NavSection } from "./nav.ts";
import type { SitePage } from "./site.ts";
import { phrase } from "./ui.ts";

const intro: Bilingual = {
  en: "mra-circulair is an open data standard and TypeScript SDK for circular public procurement in the Metropoolregio Amsterdam: JSON Schemas with Dutch and English labels, codelists, generated TypeScript, zod and io-ts bindings, a validation pipeline for JSON, NDJSON, CSV and Excel, and the mra-circulair command. Start with the guide that fits you.",
  nl: "mra-circulair is een open datastandaard en TypeScript-SDK voor circulair inkopen in de Metropoolregio Amsterdam: JSON Schemas met Nederlandse en Engelse labels, codelijsten, gegenereerde TypeScript-, zod- en io-ts-bindingen, een validatiestraat voor JSON, NDJSON, CSV en Excel, en het commando mra-circulair. Begin met de handleiding die bij je past.",
};

/** The start page of one language: the introduction and every section of the sidebar, one level deep. */
export function homePage(lang: Language, nav: readonly NavSection[]): SitePage {
  const path = `${lang}/index.html`;
  const sections = nav
    .filter((section) => section.links.length > 0)
    .map((section) => {
      const items = section.links.map((link) =>
        link.path === undefined
          ? `<li>${escapeHtml(link.title)} <small>(${escapeHtml(link.note ?? "")})</small></li>`
          : `<li><a href="${escapeHtml(relativeUrl(path, link.path))}">${escapeHtml(link.title)}</a></li>`,
      );
      return `<h2 id="${section.key}">${escapeHtml(section.title)}</h2>\n<ul>${items.join("")}</ul>`;
    });
  const title = phrase(lang, "siteName");
  return {
    path,
    lang,
    title,
    section: "home",
    counterpart: `${otherLanguage(lang)}/index.html`,
    body: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(intro[lang])}</p>\n${sections.join("\n")}`,
  };
}
