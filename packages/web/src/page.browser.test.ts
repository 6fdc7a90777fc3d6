import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { artifactPath, browserTest, launchChromium } from "@mra-circulair/browser-testing";
import { renderDashboard } from "@mra-circulair/dashboard";
import { computeIndicators } from "@mra-circulair/indicators";
import type { Language } from "@mra-circulair/report";
import type { Dataset } from "@mra-circulair/types";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, serveStatic } from "./static-server.ts";
import { cliReport, fixtures, namedAs, runCli } from "./testing.ts";

if (!browserTest.run) console.warn(browserTest.skipNote);

/** Drops a file on the drop zone as a person's drag and drop does: a dragover, then a drop with the file. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const base64 = readFileSync(path).toString("base64");
  await page.evaluate(
    ({ base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name));
      const zone = document.getElementById("drop-zone");
      for (const type of ["dragover", "drop"]) {
        zone?.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { base64, name },
  );
}

/** The report JSON the page's download link gives. */
async function downloaded(page: Page, link: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return readFileSync(await download.path(), "utf8");
}

/**
 * The text of the dashboard the page shows, and of `html`, without their style sheets: ECharts numbers the classes
 * of its SVG by how many charts were drawn before.
 */
const dashboardTexts = (page: Page, html: string) =>
  page.evaluate((html) => {
    const text = (root: DocumentFragment) => {
      for (const style of root.querySelectorAll("style")) style.remove();
      return root.textContent;
    };
    const expected = document.createElement("template");
    expected.innerHTML = html;
    const shown = document.createDocumentFragment();
    shown.append(
      ...Array.from(document.getElementById("dashboard-body")?.childNodes ?? [], (node) => node.cloneNode(true)),
    );
    return { shown: text(shown), expected: text(expected.content) };
  }, html);

/** The example's dashboard as the dashboard package renders it from computeIndicators. */
function exampleDashboard(lang: Language): string {
  const dataset = JSON.parse(readFileSync(fixtures.example, "utf8")) as Dataset;
  return renderDashboard(computeIndicators(dataset), { lang });
}

const dashboardBody = (page: Page) => page.locator("#dashboard-body");

const reportHeading = (page: Page, file: string) => page.getByRole("heading", { level: 2, name: new RegExp(file) });

describe.runIf(browserTest.run)("the validator page in Chromium", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let requestsAtLoad: number;
  const offlineRequests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "mra-web-page-"));
    const outDir = join(dir, "validator");
    await build({
      configFile: fileURLToPath(new URL("../vite.config.ts", import.meta.url)),
      mode: "production",
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    // served under a sub-path, as the docs site serves it
    server = await serveStatic(outDir, "/validator/");
    browser = await launchChromium();
    const context = await browser.newContext({ locale: "nl-NL", viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.url);
    await page.getByRole("status").filter({ hasText: "Klaar" }).waitFor();
    await context.setOffline(true);
    requestsAtLoad = server.requests.length;
    page.on("request", (request) => {
      if (!/^(blob|data):/.test(request.url())) offlineRequests.push(request.url());
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it("validates the example dataset offline: valid, with the records it holds", async () => {
    await page.setInputFiles("#file-input", fixtures.example);
    await expect.poll(() => reportHeading(page, "mra-example.dataset.json").isVisible()).toBe(true);
    expect(await page.locator(".verdict").textContent()).toMatch(
      /^Geldig — 0 fouten, 0 waarschuwingen en 0 meldingen in \d+ records\.$/,
    );
    expect(await page.locator(".records").textContent()).toContain("Aanbestedingen");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("report-heading");
  });

  it("shows the indicator dashboard of the valid dataset, with its numbers", async () => {
    await expect.poll(() => dashboardBody(page).locator("svg").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const { shown, expected } = await dashboardTexts(page, exampleDashboard("nl"));
    expect(shown).toMatch(/\d+(,\d+)?\s?%/);
    expect(shown).toBe(expected);
    await page.screenshot({ path: artifactPath("screenshots/validator-valid-nl.png"), fullPage: true });
  });

  it("offers the report as the CLI writes it, without a request", async () => {
    const json = await downloaded(page, "Rapport downloaden (JSON)");
    expect(namedAs(json)).toEqual(namedAs(await cliReport([fixtures.example], "nl")));
  });

  it("shows the dashboard in English when the language is switched, and in Dutch again", async () => {
    await page.getByRole("button", { name: "English" }).click();
    const english = await dashboardTexts(page, exampleDashboard("en"));
    expect(english.shown).toBe(english.expected);
    expect(await page.getByRole("heading", { level: 2, name: "Indicators" }).isVisible()).toBe(true);
    await page.screenshot({ path: artifactPath("screenshots/validator-valid-en.png"), fullPage: true });
    await page.getByRole("button", { name: "Nederlands" }).click();
    const dutch = await dashboardTexts(page, exampleDashboard("nl"));
    expect(dutch.shown).toBe(dutch.expected);
  });

  it("shows the findings of a broken CSV dropped on it, grouped by code with rows and headings", async () => {
    await dropFile(page, fixtures.brokenCsv, "broken.procurements.csv");
    await expect.poll(() => reportHeading(page, "broken.procurements.csv").isVisible()).toBe(true);
    expect(await page.locator(".verdict").textContent()).toMatch(/^Ongeldig — \d+ fouten/);
    const codes = await page.locator(".group .code").allTextContents();
    expect(codes).toEqual(expect.arrayContaining(["duplicate-id", "csv-date-format", "schema-required", "date-order"]));
    const dates = page.getByRole("region", { name: /csv-date-format/ });
    expect(await dates.locator("tbody td").first().textContent()).toBe("rij 3, kolom ‘Datums: Gunning’");
    expect(await dates.textContent()).toContain("15-04-2019");
    // byte 0x80 of Windows-1252, decoded in the browser without Node's Buffer
    expect(await page.locator(".report").textContent()).toContain("€ 640.000");
    expect(await page.locator("main").textContent()).toContain("Gelezen als Aanbestedingen: de bestandsnaam zegt het.");
    expect(await page.locator("#dashboard").isHidden()).toBe(true);
    await page.screenshot({ path: artifactPath("screenshots/validator-broken-nl.png"), fullPage: true });
  });

  it("switches to English: the page's texts and the findings' messages", async () => {
    await page.getByRole("button", { name: "English" }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Validator for circular procurement data");
    expect(await page.locator(".verdict").textContent()).toMatch(/^Invalid — \d+ errors/);
    const dates = page.getByRole("region", { name: /csv-date-format/ });
    expect(await dates.locator("tbody td").first().textContent()).toBe("row 3, column ‘Datums: Gunning’");
    expect(await dates.locator("h4").textContent()).toContain("Date format");
    await page.screenshot({ path: artifactPath("screenshots/validator-broken-en.png"), fullPage: true });
    const json = await downloaded(page, "Download the report (JSON)");
    expect(namedAs(json)).toEqual(namedAs(await cliReport([fixtures.brokenCsv], "en")));
  });

  it("switches back to Dutch", async () => {
    await page.getByRole("button", { name: "Nederlands" }).click();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("nl");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Validator voor circulaire inkoopgegevens",
    );
    expect(await page.locator(".verdict").textContent()).toMatch(/^Ongeldig/);
  });

  it("asks what a CSV file holds when its name and headings do not say, and reads it as chosen", async () => {
    await dropFile(page, fixtures.unknownCsv, "export.csv");
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Kies bij ‘Wat staat erin’");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("entity-select");
    await page.selectOption("#entity-select", "Organisation");
    await expect.poll(() => reportHeading(page, "export.csv").isVisible()).toBe(true);
    expect(await page.locator("main").textContent()).toContain("Gelezen als Organisaties, zoals gekozen.");
    expect(await page.locator(".group .code").allTextContents()).toContain("csv-unknown-column");
    await page.selectOption("#entity-select", "");
    // the reset reads the file again and asks again; waiting for that keeps its focus move out of the next test
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Kies bij ‘Wat staat erin’");
  });

  it("can be used with the keyboard alone: Tab to the file input, Space opens the file chooser", async () => {
    await page.locator("body").focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused: string | undefined;
    for (let presses = 0; presses < 10 && focused !== "file-input"; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.id);
    }
    expect(focused).toBe("file-input");
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Space")]);
    await chooser.setFiles(fixtures.brokenNdjson);
    await expect.poll(() => reportHeading(page, "broken.ndjson").isVisible()).toBe(true);
    const where = await page
      .getByRole("region", { name: /json-syntax/ })
      .locator("tbody td")
      .first()
      .textContent();
    expect(where).toMatch(/^regel 4, kolom \d+$/);
  });

  it("keeps the page responsive while it validates a 50 MB file, with a moving progress bar", async () => {
    const big = join(dir, "big.ndjson");
    await runCli(["example", "--records", "60000", "--seed", "1", "--out", big]);
    expect(readFileSync(big).length).toBeGreaterThan(45_000_000);
    await page.evaluate(() => {
      const probe = window as unknown as { gaps: number[] };
      probe.gaps = [];
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        probe.gaps.push(now - last);
        last = now;
      }, 50);
    });
    await page.setInputFiles("#file-input", big);
    const seen = new Set<number>();
    let shot = false;
    while (!(await reportHeading(page, "big.ndjson").isVisible())) {
      const value = await page.locator("#progress").evaluate((bar) => (bar as HTMLProgressElement).value);
      seen.add(value);
      if (!shot && value > 0) {
        await page.screenshot({ path: artifactPath("screenshots/validator-progress-nl.png") });
        shot = true;
      }
      await page.waitForTimeout(100);
    }
    expect([...seen].filter((value) => value > 0).length).toBeGreaterThan(1);
    const gaps = await page.evaluate(() => (window as unknown as { gaps: number[] }).gaps);
    expect(Math.max(...gaps)).toBeLessThan(1000);
    expect(await page.locator(".verdict").textContent()).toMatch(/^Geldig/);
    await expect.poll(() => dashboardBody(page).locator("svg").count(), { timeout: 60_000 }).toBeGreaterThan(0);
  }, 180_000);

  it("stops checking when asked", async () => {
    await page.setInputFiles("#file-input", join(dir, "big.ndjson"));
    await page.getByRole("button", { name: "Stoppen" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toBe("Gestopt: big.ndjson is niet helemaal gecontroleerd.");
    expect(await page.locator("#progress-panel").isHidden()).toBe(true);
    expect(await page.locator("#report").isHidden()).toBe(true);
  });

  it("asked for nothing over the network after it loaded, and logged no error", () => {
    expect(offlineRequests).toEqual([]);
    expect(server.requests.length).toBe(requestsAtLoad);
    expect(errors).toEqual([]);
  });
});
