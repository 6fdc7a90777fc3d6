import { escapeHtml } from "@mra-circulair/report";
import { type Codelist, type CodelistCode, codeLabel, codelistIds, getCodelist } from "@mra-circulair/schema";
import { relativeUrl } from "./html.ts";
import { type Bilingual, type Language, languages, otherLanguage } from "./language.ts";
import { referenceIndexes } from "./nav.ts";
import { isNode, type SchemaNode, schemaFiles } from "./schema-nodes.ts";
import type { Site } from "./site.ts";

const words = {
  title: { en: "Codelists", nl: "Codelijsten" },
  intro: {
    en: "Every codelist of the standard with its codes, their Dutch and English labels, descriptions, evidence status and sources. Codes are never translated. A closed list is complete: another code is an error. An open list may be extended: another code is a warning.",
    nl: "Elke codelijst van de standaard met haar codes, hun Nederlandse en Engelse labels, beschrijvingen, bewijsstatus en bronnen. Codes worden nooit vertaald. Een gesloten lijst is volledig: een andere code is een fout. Een open lijst mag worden uitgebreid: een andere code is een waarschuwing.",
  },
  codelist: { en: "Codelist", nl: "Codelijst" },
  kind: { en: "Kind", nl: "Soort" },
  open: { en: "open", nl: "open" },
  closed: { en: "closed", nl: "gesloten" },
  openText: {
    en: "Open: codes outside the list are a warning.",
    nl: "Open: codes buiten de lijst geven een waarschuwing.",
  },
  closedText: {
    en: "Closed: codes outside the list are an error.",
    nl: "Gesloten: codes buiten de lijst zijn een fout.",
  },
  codes: { en: "Codes", nl: "Codes" },
  code: { en: "Code", nl: "Code" },
  label: { en: "Label", nl: "Label" },
  description: { en: "Description", nl: "Beschrijving" },
  deprecated: { en: "Deprecated", nl: "Verouderd" },
  yes: { en: "yes", nl: "ja" },
  no: { en: "no", nl: "nee" },
  status: { en: "Evidence status", nl: "Bewijsstatus" },
  sources: { en: "Sources", nl: "Bronnen" },
  ladder: { en: "Ladder", nl: "Ladder" },
  group: { en: "Group", nl: "Groep" },
  version: { en: "Version", nl: "Versie" },
  source: { en: "Source", nl: "Bron" },
  licence: { en: "Licence", nl: "Licentie" },
  attribution: { en: "Attribution", nl: "Naamsvermelding" },
  usedBy: { en: "Used by", nl: "Gebruikt door" },
  file: { en: "File", nl: "Bestand" },
} as const satisfies Record<string, Bilingual>;

const pagePath = (lang: Language, id: string) => `${lang}/codelists/${id}.html`;

/** Where a property that takes codes of a codelist sits. */
export interface CodelistUse {
  readonly file: string;
  /** The $defs name, "" for the entity itself. */
  readonly definition: string;
  readonly property: string;
}

/** The properties of every schema that take codes from each codelist (x-codelist, directly or on their items). */
export function codelistUses(): ReadonlyMap<string, readonly CodelistUse[]> {
  const uses = new Map<string, CodelistUse[]>();
  const codelistOf = (node: SchemaNode): string | undefined =>
    typeof node["x-codelist"] === "string"
      ? node["x-codelist"]
      : isNode(node.items) && typeof node.items["x-codelist"] === "string"
        ? node.items["x-codelist"]
        : undefined;
  for (const [file, root] of Object.entries(schemaFiles)) {
    const definitions: [string, unknown][] = [["", root], ...Object.entries(isNode(root.$defs) ? root.$defs : {})];
    for (const [definition, node] of definitions) {
      if (!isNode(node)) continue;
      const properties = isNode(node.properties) ? Object.entries(node.properties) : [];
      // a $defs entry that is itself coded (MvoiTheme) counts as a use, under its own name
      const own = codelistOf(node);
      if (own !== undefined && definition !== "")
        uses.set(own, [...(uses.get(own) ?? []), { file, definition, property: "" }]);
      for (const [property, child] of properties) {
        const id = isNode(child) ? codelistOf(child) : undefined;
        if (id !== undefined) uses.set(id, [...(uses.get(id) ?? []), { file, definition, property }]);
      }
    }
  }
  return uses;
}

function useLink(lang: Language, from: string, use: CodelistUse): string {
  const stem = use.file.replace(/\.schema\.json$/, "");
  const anchor =
    use.property === ""
      ? use.definition
      : use.definition === ""
        ? `prop-${use.property}`
        : `${use.definition}-${use.property}`;
  const label = [stem, use.definition, use.property].filter((part) => part !== "").join(" › ");
  return `<a href="${escapeHtml(relativeUrl(from, `${lang}/schema/${stem}.html#${anchor}`))}"><code>${escapeHtml(label)}</code></a>`;
}

function codeRow(lang: Language, from: string, entry: CodelistCode, extras: Extras): string {
  const other = otherLanguage(lang);
  const text = (value: Bilingual | undefined) => (value === undefined ? "" : escapeHtml(value[lang]));
  const note = entry.note === undefined ? "" : `<br><small>${escapeHtml(entry.note[lang])}</small>`;
  const statusHref = relativeUrl(from, pagePath(lang, "evidence-status"));
  const sources = (entry.sources ?? [])
    .map((url) => `<a href="${escapeHtml(url)}">${escapeHtml(new URL(url).host)}</a>`)
    .join("<br>");
  const cells = [
    `<code id="${escapeHtml(`code-${entry.code}`)}">${escapeHtml(entry.code)}</code>`,
    text(entry.label),
    `<span lang="${other}">${escapeHtml(entry.label[other])}</span>`,
    `${text(entry.description)}${note}`,
    ...(extras.ladder ? [entry.ladder === undefined ? "" : `<code>${escapeHtml(entry.ladder)}</code>`] : []),
    ...(extras.group ? [text(entry.group)] : []),
    escapeHtml(words[entry.deprecated ? "yes" : "no"][lang]),
    `<a href="${escapeHtml(statusHref)}#code-${escapeHtml(entry.status)}">${escapeHtml(codeLabel("evidence-status", entry.status, lang) ?? entry.status)}</a>`,
    sources,
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`;
}

interface Extras {
  readonly ladder: boolean;
  readonly group: boolean;
}

function listPage(lang: Language, path: string, list: Codelist, uses: readonly CodelistUse[]): string {
  const other = otherLanguage(lang);
  const extras: Extras = {
    ladder: list.codes.some((entry) => entry.ladder !== undefined),
    group: list.codes.some((entry) => entry.group !== undefined),
  };
  const source = list.source;
  const facts = [
    [words.kind[lang], escapeHtml(words[list.open ? "openText" : "closedText"][lang])],
    [words.version[lang], escapeHtml(list.version)],
    [
      words.source[lang],
      source.url === undefined
        ? escapeHtml(source.name)
        : `<a href="${escapeHtml(source.url)}">${escapeHtml(source.name)}</a>`,
    ],
    [words.licence[lang], escapeHtml(source.licence ?? "")],
    [words.attribution[lang], escapeHtml(source.attribution ?? "")],
    [words.file[lang], `<code>schemas/codelists/${escapeHtml(list.id)}.json</code>`],
    [words.usedBy[lang], uses.map((use) => useLink(lang, path, use)).join(", ")],
  ];
  const headings = [
    words.code[lang],
    `${words.label[lang]} (${lang})`,
    `${words.label[lang]} (${other})`,
    words.description[lang],
    ...(extras.ladder ? [words.ladder[lang]] : []),
    ...(extras.group ? [words.group[lang]] : []),
    words.deprecated[lang],
    words.status[lang],
    words.sources[lang],
  ];
  return `<h1>${escapeHtml(list.title[lang])} <code>${escapeHtml(list.id)}</code></h1>
<p class="other-language" lang="${other}">${other}: ${escapeHtml(list.title[other])}</p>
<p>${escapeHtml(list.description[lang])}</p>
<dl class="facts">${facts.map(([term, value]) => `<dt>${escapeHtml(term ?? "")}</dt><dd>${value}</dd>`).join("")}</dl>
<h2 id="codes">${escapeHtml(words.codes[lang])}</h2>
<table><thead><tr>${headings.map((heading) => `<th>${escapeHtml(heading)}</th>`).join("")}</tr></thead>
<tbody>${list.codes.map((entry) => codeRow(lang, path, entry, extras)).join("\n")}</tbody></table>`;
}

/** Adds every codelist in both languages, with an index. */
export function addCodelistPages(site: Site): void {
  const uses = codelistUses();
  for (const lang of languages) {
    const index = referenceIndexes(lang).codelists;
    const rows = codelistIds.map((id) => {
      const list = getCodelist(id);
      const href = relativeUrl(index, pagePath(lang, id));
      return `<tr><td><a href="${escapeHtml(href)}"><code>${escapeHtml(id)}</code></a></td><td>${escapeHtml(list.title[lang])}</td><td>${escapeHtml(words[list.open ? "open" : "closed"][lang])}</td><td>${list.codes.length}</td></tr>`;
    });
    site.pages.push({
      path: index,
      lang,
      title: words.title[lang],
      section: "reference",
      counterpart: referenceIndexes(otherLanguage(lang)).codelists,
      body: `<h1>${escapeHtml(words.title[lang])}</h1>\n<p>${escapeHtml(words.intro[lang])}</p>\n<table><thead><tr><th>${escapeHtml(words.codelist[lang])}</th><th></th><th>${escapeHtml(words.kind[lang])}</th><th>${escapeHtml(words.codes[lang])}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`,
    });
    for (const id of codelistIds) {
      const path = pagePath(lang, id);
      const list = getCodelist(id);
      site.pages.push({
        path,
        lang,
        title: list.title[lang],
        section: "reference",
        parent: index,
        counterpart: pagePath(otherLanguage(lang), id),
        body: listPage(lang, path, list, uses.get(id) ?? []),
      });
    }
  }
}
