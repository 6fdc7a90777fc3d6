import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { artifactPath, browserTest, launchChromium } from "@mra-circulair/browser-testing";
import { generateDataset } from "@mra-circulair/generator";
import {
  breakdownOf,
  computeIndicators,
  INDICATORS,
  type IndicatorResults,
  type SubjectRef,
  seriesOf,
} from "@mra-circulair/indicators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../testing/capture.ts";

if (!browserTest.run) console.warn(browserTest.skipNote);

type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Browser["newPage"]>>;

const dataset = generateDataset({ records: 300, seed: 7 });
// the numbers the page must show are the indicators' own, computed here from the same input
const results: IndicatorResults = computeIndicators(dataset);
const mra: SubjectRef = { type: "mra", id: "mra" };
const mraProgress = results.progress.filter((entry) => entry.subject.type === "mra");
const reportYear = mraProgress.filter((entry) => entry.value !== undefined).at(-1)?.year ?? 0;
const adopted = mraProgress.some((entry) =>
  breakdownOf(results, "purchase-package", mra, entry.year).some(({ count }) => Number(count?.value ?? 0) > 0),
);

const LOCALES = { nl: "nl-NL", en: "en-GB" } as const;
type Lang = keyof typeof LOCALES;

/** The value as a reader of the language expects it, written independently of the report's own formatting. */
function expectedText(lang: Lang, value: string, unit: "percent" | "count" | "tonne" | "tonne-co2e"): string {
  const options: Intl.NumberFormatOptions =
    unit === "percent" ? { style: "unit", unit: "percent", maximumFractionDigits: 1 } : { maximumFractionDigits: 1 };
  const suffix = { percent: "", count: "", tonne: "\u00a0t", "tonne-co2e": "\u00a0t\u00a0CO\u2082e" }[unit];
  return new Intl.NumberFormat(LOCALES[lang], options).format(value as `${number}`) + suffix;
}

const svgTexts = (page: Page, chart: string) =>
  page.$$eval(`[data-chart="${chart}"] svg text`, (texts) => texts.map((text) => text.textContent ?? ""));

let dir: string;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mra-circulair-report-browser-"));
  await writeFile(join(dir, "dataset.json"), JSON.stringify(dataset));
  if (browserTest.run) browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

describe.runIf(browserTest.run)("the HTML report in Chromium", () => {
  it.each(["nl", "en"] as const)("draws every chart with the numbers the indicators computed (%s)", async (lang) => {
    const out = join(dir, `report-${lang}.html`);
    const written = await capture(["report", join(dir, "dataset.json"), "--lang", lang, "--out", out]);
    expect(written.code).toBe(0);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(out).href);
    // the report is one file: nothing else is fetched
    expect(requests).toEqual([pathToFileURL(out).href]);
    expect(await page.getAttribute("html", "lang")).toBe(lang);

    const charts = await page.$$eval("figure[data-chart]:not([data-empty])", (figures) =>
      figures.map((figure) => {
        const svg = figure.querySelector("svg");
        const box = svg?.getBoundingClientRect();
        return {
          id: figure.getAttribute("data-chart"),
          width: box?.width ?? 0,
          height: box?.height ?? 0,
          label: svg?.getAttribute("aria-label"),
          caption: figure.querySelector("figcaption")?.textContent,
          rows: figure.querySelectorAll("table tbody tr").length,
        };
      }),
    );
    expect(charts.map((chart) => chart.id)).toEqual([
      "progress-mra",
      "progress-subregions",
      "trend",
      "mvoi-theme",
      "r-strategy",
      "material-saved",
      "co2e-avoided",
      // purchase packages have a chart only where some organisation adopted one
      ...(adopted ? ["purchase-package"] : []),
    ]);
    for (const chart of charts) {
      expect(chart.width, chart.id ?? "").toBeGreaterThan(200);
      expect(chart.height, chart.id ?? "").toBeGreaterThan(100);
      expect(chart.label, chart.id ?? "").toBe(chart.caption);
      expect(chart.rows, chart.id ?? "").toBeGreaterThan(0);
    }

    const progress = await svgTexts(page, "progress-mra");
    for (const entry of mraProgress) {
      if (entry.value === undefined) continue;
      expect(progress).toContain(expectedText(lang, entry.value, "percent"));
      const cell = await page.textContent(`[data-chart="progress-mra"] td[data-value="${entry.value}"]`);
      expect(cell).toBe(expectedText(lang, entry.value, "percent"));
      if (entry.targetYear) expect(progress).toContain(expectedText(lang, entry.target, "percent"));
    }

    const subregions = await svgTexts(page, "progress-subregions");
    for (const entry of results.progress) {
      if (entry.subject.type !== "subregion" || entry.year !== reportYear || entry.value === undefined) continue;
      expect(subregions).toContain(expectedText(lang, entry.value, "percent"));
    }

    const trend = await svgTexts(page, "trend");
    for (const subject of results.subjects.filter((s) => s.type !== "organisation")) {
      expect(trend).toContain(subject.name[lang]);
    }

    const themes = await svgTexts(page, "mvoi-theme");
    for (const { member, share } of breakdownOf(results, "mvoi-theme", mra, reportYear)) {
      if (share === undefined || Number(share.value) === 0) continue;
      expect(themes).toContain(member.label[lang]);
      expect(themes).toContain(expectedText(lang, share.value, "percent"));
    }

    const strategies = await svgTexts(page, "r-strategy");
    for (const { count } of breakdownOf(results, "r-strategy", mra, reportYear)) {
      if (count !== undefined && Number(count.value) > 0) expect(strategies).toContain(count.value);
    }

    for (const [chart, indicator, unit] of [
      ["material-saved", INDICATORS.materialSaved, "tonne"],
      ["co2e-avoided", INDICATORS.co2eAvoided, "tonne-co2e"],
    ] as const) {
      const texts = await svgTexts(page, chart);
      for (const point of seriesOf(results, indicator, mra)) {
        expect(texts).toContain(expectedText(lang, point.value, unit));
      }
    }

    const statuses = await page.$$eval('[data-table="progress-organisations"] [data-status]', (badges) =>
      badges.map((badge) => badge.getAttribute("data-status")),
    );
    const organisations = results.progress.filter((e) => e.subject.type === "organisation" && e.year === reportYear);
    expect(statuses).toEqual(organisations.map((entry) => entry.status));

    await page.screenshot({ path: artifactPath(`screenshots/report-${lang}.png`), fullPage: true });
    await page.locator('[data-chart="progress-mra"]').screenshot({
      path: artifactPath(`screenshots/report-${lang}-progress-mra.png`),
    });
    await page.close();
  });
});
