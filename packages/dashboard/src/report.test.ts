import { readFileSync } from "node:fs";
import { computeIndicators, type IndicatorResults } from "@mra-circulair/indicators";
import type { Dataset, Procurement } from "@mra-circulair/types";
import { beforeAll, describe, expect, it } from "vitest";
import { resultsToCsv } from "./csv.ts";
import { renderDashboard } from "./dashboard.ts";
import { renderReportHtml } from "./document.ts";
import { resultsToJson, resultsToJsonChunks } from "./json.ts";
import { resultsToMarkdown } from "./markdown.ts";

// the example dataset gives the organisations, the targets and the criteria; the procurements are the test's own
const example: Dataset = JSON.parse(
  readFileSync(new URL("../../../examples/mra-example.dataset.json", import.meta.url), "utf8"),
);
const template = example.procurements?.[0] as Procurement;

function procurement(id: string, buyer: string, award: string, amount: string, extra: Partial<Procurement>) {
  const { outcomes: _, ...rest } = template;
  return {
    ...rest,
    id,
    buyer,
    contractValue: { amount, currency: "EUR" },
    dates: { award },
    // nothing of the template may count as circular: no criteria, no eForms code, a theme other than circulair
    criteriaApplied: [],
    mvoiThemes: ["klimaat"],
    eforms: { strategicProcurement: [], environmentalImpact: [], gppCriteria: [] },
    ...extra,
  } satisfies Procurement;
}

/**
 * In 2022 Amsterdam buys for 125 euros circularly (an award criterion of theme circulair weighing 25%) and for 875
 * otherwise: 12.5%, above the 10% target. In 2023 Haarlem buys for 500 with a circular requirement: 100%.
 */
const dataset: Dataset = {
  ...example,
  observations: [],
  procurements: [
    procurement("p-2022-circular", "GM0363", "2022-03-01", "125.00", {
      criteriaApplied: [{ criterion: "crit-kantoor-hergebruik", use: "gunningscriterium", weight: "25" }],
      mvoiThemes: ["circulair"],
      outcomes: { materialSavedTonnes: "1234.5", co2eAvoidedTonnes: "41.25" },
    }),
    procurement("p-2022-other", "GM0363", "2022-05-01", "875.00", {}),
    procurement("p-2023-circular", "GM0392", "2023-02-01", "500.00", {
      criteriaApplied: [{ criterion: "crit-asfalt-granulaat-1.0.0", use: "eis" }],
      mvoiThemes: ["circulair"],
    }),
  ],
};

let results: IndicatorResults;
const at = new Date("2026-11-29T10:00:00Z");

beforeAll(() => {
  results = computeIndicators(dataset);
});

/** The HTML of the element with this data attribute value, up to its closing tag. */
function part(html: string, attribute: string, id: string): string {
  const start = html.indexOf(`${attribute}="${id}"`);
  expect(start, `${attribute}=${id}`).toBeGreaterThan(-1);
  const end = html.indexOf(attribute === "data-chart" ? "</figure>" : "</table>", start);
  return html.slice(start, end);
}

const svgOf = (html: string) => html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
const tableOf = (html: string) => html.slice(html.indexOf("<table"));

describe("renderReportHtml", () => {
  it("writes one document in the language, with its CSS inline and nothing to fetch or run", () => {
    const html = renderReportHtml(results, { lang: "nl", generatedAt: at });
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    expect(html).toContain("<title>Circulair inkopen in de Metropoolregio Amsterdam: voortgangsrapportage</title>");
    expect(html).toContain("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"");
    expect(html).toContain('<time datetime="2026-11-29T10:00:00.000Z">29 november 2026</time>');
    expect(html).not.toMatch(/<script|<link|<img|https?:\/\/(?!www\.w3\.org)/);
  });

  it("names the dataset, the rule with its version and the geography", () => {
    const html = renderReportHtml(results, { lang: "en", generatedAt: at, title: "Report <2026>" });
    expect(html).toContain("<h1>Report &lt;2026&gt;</h1>");
    // the example dataset has a title, shown with its identifier
    expect(html).toContain(`<dd>${example.meta.title?.en} (${example.meta.id})</dd>`);
    expect(html).toContain(`${results.rule.id}, version ${results.rule.version}`);
    expect(html).toContain("as-is: a merged municipality");
  });

  it("shows the MRA's share against the target in the chart and its table", () => {
    const nl = part(renderReportHtml(results, { lang: "nl", generatedAt: at }), "data-chart", "progress-mra");
    expect(svgOf(nl)).toMatch(/^<svg role="img" aria-label="Metropoolregio Amsterdam: aandeel circulair/);
    expect(svgOf(nl)).toContain(">12,5%</text>");
    expect(svgOf(nl)).toContain(">10%</text>");
    expect(tableOf(nl)).toContain(
      '<th scope="row">2022</th><td class="num" data-value="12.5">12,5%</td><td class="num" data-value="10">10%</td><td class="num" data-value="-2.5">-2,5</td>',
    );
    expect(tableOf(nl)).toContain('data-status="achieved">gehaald</span>');
    const en = part(renderDashboard(results, { lang: "en" }), "data-chart", "progress-mra");
    expect(svgOf(en)).toContain(">12.5%</text>");
    expect(tableOf(en)).toContain('data-status="achieved">achieved</span>');
  });

  it("shows the subregions and organisations in the last year with data, and the trend of every year", () => {
    const html = renderDashboard(results, { lang: "en" });
    const subregions = part(html, "data-chart", "progress-subregions");
    expect(subregions).toContain("Subregions in 2023");
    expect(svgOf(subregions)).toContain(">Zuid-Kennemerland</text>");
    expect(svgOf(subregions)).toContain(">100%</text>");
    expect(svgOf(subregions)).toContain(">Target 23.3%</text>");
    const organisations = part(html, "data-table", "progress-organisations");
    expect(organisations).toContain(
      '<th scope="row">Haarlem</th><td>Zuid-Kennemerland</td><td class="num" data-value="100">100%</td>',
    );
    expect(organisations).toContain('data-status="on-track">on track</span>');
    const trend = part(html, "data-chart", "trend");
    expect(svgOf(trend)).toContain(">Amsterdam Metropolitan Area</text>");
    expect(tableOf(trend)).toContain(
      '<td class="num" data-value="12.5">12.5%</td><td class="num" data-value="100">100%</td>',
    );
  });

  it("splits by MVOI theme and R-strategy, and shows material saved and greenhouse gas avoided", () => {
    const html = renderDashboard(results, { lang: "nl" });
    const strategies = part(html, "data-chart", "r-strategy");
    expect(svgOf(strategies)).toContain(">PBL R8 Recyclen (recycle)</text>");
    expect(tableOf(strategies)).toContain(
      '<th scope="row">PBL R3 Hergebruiken (re-use)</th><td class="num" data-value="1">1</td>',
    );
    const themes = part(html, "data-chart", "mvoi-theme");
    expect(svgOf(themes)).toContain(">Circulair (inclusief biobased)</text>");
    const material = part(html, "data-chart", "material-saved");
    expect(svgOf(material)).toContain(">1.234,5\u00a0t</text>");
    const co2e = part(html, "data-chart", "co2e-avoided");
    expect(tableOf(co2e)).toContain('data-value="41.25">41,3\u00a0t\u00a0CO\u2082e</td>');
  });

  it("says so where a chart has no data, rather than drawing an empty one", () => {
    const html = renderDashboard(results, { lang: "en" });
    expect(part(html, "data-chart", "purchase-package")).toContain("No data for this chart.");
    const empty = computeIndicators({ ...dataset, procurements: [] });
    const nothing = renderReportHtml(empty, { lang: "nl", generatedAt: at });
    expect(part(nothing, "data-chart", "progress-mra")).toContain("Geen gegevens voor deze grafiek.");
    expect(nothing).not.toContain("<svg");
    expect(resultsToMarkdown(empty, { lang: "en", generatedAt: at })).toContain("No data for this chart.");
  });
});

describe("the data forms", () => {
  it("gives the results as JSON, exactly as computed, in one piece or in many", () => {
    expect(resultsToJson(results)).toBe(`${JSON.stringify(results, null, 2)}\n`);
    const chunks = [...resultsToJsonChunks(results)];
    expect(chunks.length).toBeGreaterThan(results.observations.length);
    expect(chunks.join("")).toBe(resultsToJson(results));
    // a member set to undefined, as plain JavaScript may leave it, is left out as JSON.stringify leaves it out
    const empty = { ...results, years: undefined, observations: [], progress: [] } as unknown as IndicatorResults;
    expect(resultsToJson(empty)).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });

  it("gives one CSV row per observation, in the language's dialect, with the progress of the share", () => {
    const [heading, ...rows] = resultsToCsv(results, { lang: "nl" })
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(heading?.split(";")).toEqual([
      "indicator",
      "naam indicator",
      "soort onderwerp",
      "onderwerp",
      "naam onderwerp",
      "jaar",
      "begin periode",
      "einde periode",
      "waarde",
      "eenheid",
      "doel",
      "afstand tot doel",
      "status",
      "versie telregel",
    ]);
    expect(rows).toHaveLength(results.observations.length);
    expect(rows).toContain(
      `circular-procurement-share;Aandeel circulair inkopen;mra;mra;Metropoolregio Amsterdam;2022;2022-01-01;2022-12-31;12,5;percent;10;-2,5;achieved;${results.rule.version}`,
    );
    const en = resultsToCsv(results, { lang: "en" });
    expect(en.startsWith("\uFEFFindicator,indicator name,subject type,")).toBe(true);
    expect(en).toContain(",Amsterdam Metropolitan Area,2022,2022-01-01,2022-12-31,12.5,percent,10,-2.5,achieved,");
  });

  it("neutralises a name a spreadsheet would run as a formula, and quotes a field with the delimiter", () => {
    const risky = {
      ...results,
      subjects: results.subjects.map((subject) =>
        subject.id === "GM0363" ? { ...subject, name: { nl: '=HYPERLINK("x";1)', en: "-1+1" } } : subject,
      ),
    };
    expect(resultsToCsv(risky, { lang: "nl" })).toContain(`;GM0363;"'=HYPERLINK(""x"";1)";2022;`);
    expect(resultsToCsv(risky, { lang: "en" })).toContain(",GM0363,'-1+1,2022,");
  });

  it("gives the report as Markdown with the same sections and numbers as the HTML", () => {
    const markdown = resultsToMarkdown(results, { lang: "nl", generatedAt: at });
    expect(markdown).toMatch(
      /^# Circulair inkopen in de Metropoolregio Amsterdam: voortgangsrapportage\n\nGemaakt op: 29 november 2026\n/,
    );
    expect(markdown).toContain(
      `- **Telregel**: ${results.rule.name.nl} (${results.rule.id}, versie ${results.rule.version})`,
    );
    expect(markdown).toContain("## Voortgang ten opzichte van de doelen");
    expect(markdown).toContain("| 2022 | 12,5% | 10% | -2,5 | gehaald |");
    expect(markdown).toContain("| Haarlem | Zuid-Kennemerland | 100% |");
    expect(markdown).toContain("## Methode");
  });
});
