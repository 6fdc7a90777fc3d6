import type { Language } from "@mra-circulair/report";
import type { EntitySource } from "./detect-entity.ts";
import { type Child, h } from "./dom.ts";
import { counted, formatNumber, type MessageKey, text } from "./messages.ts";
import type { EntityOption } from "./protocol.ts";
import type { CodeGroup, FindingView, ReportView } from "./report-view.ts";
import { whereText } from "./where.ts";

/** What the report section shows: the report of one file, and how it was read. */
export interface ReportShown {
  readonly file: string;
  readonly report: ReportView;
  readonly entity?: string;
  readonly entitySource?: EntitySource;
  /** The report JSON in the page's language, as a blob: URL to download. */
  readonly download: string;
}

const READ_AS: Readonly<Record<EntitySource, MessageKey>> = {
  name: "report.readAs.name",
  headings: "report.readAs.headings",
  choice: "report.readAs.choice",
};

/** An entity by the title of its list in the page's language ("Aanbestedingen"), or by its name. */
const entityTitle = (entity: string, entities: readonly EntityOption[], lang: Language) =>
  entities.find((option) => option.entity === entity)?.titles[lang] ?? entity;

/** A JSON Pointer that may wrap after each slash, and nowhere else. */
const breakable = (pointer: string): Child[] =>
  pointer.split("/").flatMap((token, i) => (i === 0 ? [token] : [h("wbr"), `/${token}`]));

function findingRow(finding: FindingView, lang: Language): HTMLTableRowElement {
  const message: Child[] = [finding.message[lang]];
  if (finding.excerpt !== undefined)
    message.push(" ", h("span", { class: "excerpt" }, `(${text(lang, "found", { excerpt: finding.excerpt })})`));
  return h(
    "tr",
    {},
    h("td", {}, whereText(finding.location, lang)),
    h("td", {}, finding.pointer === "" ? "" : h("code", {}, ...breakable(finding.pointer))),
    h("td", {}, ...message),
  );
}

function codeGroup(group: CodeGroup, lang: Language): HTMLElement {
  const id = `code-${group.code}`;
  const heading = h(
    "h4",
    { id },
    h("span", { class: `severity severity-${group.severity}` }, text(lang, `severity.${group.severity}`)),
    " ",
    h("code", { class: "code" }, group.code),
    " ",
    h("span", { class: "count" }, `${group.count}×`),
    " ",
    h("span", { class: "code-title" }, group.title[lang]),
  );
  const table = h(
    "table",
    {},
    h("caption", { class: "visually-hidden" }, text(lang, "report.examples", { code: group.code })),
    h("colgroup", {}, h("col", { class: "col-where" }), h("col", { class: "col-pointer" }), h("col")),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, text(lang, "column.where")),
        h("th", { scope: "col" }, text(lang, "column.pointer")),
        h("th", { scope: "col" }, text(lang, "column.message")),
      ),
    ),
    h("tbody", {}, ...group.examples.map((finding) => findingRow(finding, lang))),
  );
  const section = h("section", { class: `group group-${group.severity}`, "aria-labelledby": id }, heading, table);
  const more = group.count - group.examples.length;
  if (more > 0)
    section.append(h("p", { class: "more" }, text(lang, "report.more", { count: formatNumber(lang, more) })));
  return section;
}

/** The report of a file, grouped by code as the CLI prints it, in the page's language. */
export function reportSection(shown: ReportShown, entities: readonly EntityOption[], lang: Language): Child[] {
  const { report } = shown;
  const { errors, warnings, infos, records } = report.totals;
  const verdict = text(lang, report.valid ? "verdict.valid" : "verdict.invalid");
  const totals = text(lang, "report.totals", {
    errors: counted(lang, "error", errors),
    warnings: counted(lang, "warning", warnings),
    infos: counted(lang, "info", infos),
    records: counted(lang, "record", records),
  });
  const parts: Child[] = [
    h("h2", { id: "report-heading", tabindex: "-1" }, `${text(lang, "report.heading")}: ${shown.file}`),
    h(
      "p",
      { class: `verdict verdict-${report.valid ? "valid" : "invalid"}` },
      h("strong", {}, verdict.charAt(0).toUpperCase() + verdict.slice(1)),
      ` — ${totals}`,
    ),
  ];
  if (shown.entity !== undefined && shown.entitySource !== undefined) {
    const entity = entityTitle(shown.entity, entities, lang);
    parts.push(h("p", {}, text(lang, READ_AS[shown.entitySource], { entity })));
  }
  const counts = report.files.flatMap((file) => Object.entries(file.records));
  if (counts.length > 0) {
    parts.push(
      h("h3", {}, text(lang, "report.records")),
      h(
        "dl",
        { class: "records" },
        ...counts.flatMap(([entity, count]) => [
          h("dt", {}, entityTitle(entity, entities, lang)),
          h("dd", {}, counted(lang, "record", count)),
        ]),
      ),
    );
  }
  const fileStem = shown.file.replace(/\.[^.]*$/, "");
  parts.push(
    h(
      "p",
      {},
      h(
        "a",
        { class: "download", href: shown.download, download: `${fileStem}.report.json` },
        text(lang, "report.download"),
      ),
    ),
    h("h3", {}, text(lang, "report.byCode")),
  );
  if (report.groups.length === 0) parts.push(h("p", {}, text(lang, "report.none")));
  parts.push(...report.groups.map((group) => codeGroup(group, lang)));
  if (report.truncated)
    parts.push(h("p", { class: "more" }, text(lang, "report.truncated", { kept: formatNumber(lang, report.kept) })));
  return parts;
}
