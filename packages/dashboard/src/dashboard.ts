import type { IndicatorResults } from "@mra-circulair/indicators";
import { escapeHtml } from "@mra-circulair/report";
import { aboutItems, methodParagraphs } from "./about.ts";
import type { Lang } from "./format.ts";
import { translator } from "./messages.ts";
import type { Part, Section } from "./section.ts";
import { reportSections } from "./sections.ts";
import { renderSvgChart } from "./svg-chart.ts";
import { tableHtml } from "./table.ts";

/** Options of {@link renderDashboard}. */
export interface DashboardOptions {
  /** The language of every text; codes stay as they are. */
  readonly lang: Lang;
}

function partHtml(part: Part, lang: Lang): string {
  const t = translator(lang);
  const attribute = `data-${part.kind}="${part.id}"`;
  const note = part.note === undefined ? "" : `<p>${escapeHtml(part.note)}</p>`;
  if (part.chart === undefined && (part.kind === "chart" || part.table.rows.length === 0)) {
    const empty = `<p class="note">${escapeHtml(t("chart.empty"))}</p>`;
    return `<figure ${attribute} data-empty=""><figcaption>${escapeHtml(part.title)}</figcaption>${note}${empty}</figure>`;
  }
  if (part.chart === undefined) return `<div ${attribute}>${tableHtml(part.table, part.title)}</div>`;
  const svg = renderSvgChart(part.chart.option, part.chart.size, part.title);
  return [
    `<figure ${attribute}>`,
    `<figcaption>${escapeHtml(part.title)}</figcaption>`,
    note,
    svg,
    tableHtml(part.table, t("table.numbers")),
    "</figure>",
  ].join("\n");
}

function sectionHtml(section: Section, lang: Lang): string {
  const parts = section.parts.map((part) => partHtml(part, lang)).join("\n");
  return `<section data-section="${section.id}">\n<h2>${escapeHtml(section.heading)}</h2>\n${parts}\n</section>`;
}

/**
 * The dashboard as an HTML fragment: what the results were computed from, then every chart as inline SVG with the
 * table of its numbers, then the method. It needs no script and no network, and uses no Node API, so a browser page
 * can render it too; style it with DASHBOARD_CSS.
 */
export function renderDashboard(results: IndicatorResults, options: DashboardOptions): string {
  const { lang } = options;
  const t = translator(lang);
  const about = aboutItems(results, lang)
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join("");
  const method = methodParagraphs(results, lang)
    .map((text) => `<p>${escapeHtml(text)}</p>`)
    .join("\n");
  return [
    `<div class="mra-dashboard" lang="${lang}">`,
    `<section data-section="about">\n<h2>${escapeHtml(t("meta.heading"))}</h2>\n<dl>${about}</dl>\n</section>`,
    ...reportSections(results, lang).map((section) => sectionHtml(section, lang)),
    `<section data-section="method" class="note">\n<h2>${escapeHtml(t("section.method"))}</h2>\n${method}\n</section>`,
    "</div>",
  ].join("\n");
}
