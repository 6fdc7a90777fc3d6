import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportView } from "./report-view.ts";
import { cliReport, fileFrom, fixtures, namedAs, runCli } from "./testing.ts";
import { validateFile } from "./validate-file.ts";

async function pageReport(path: string, name?: string): Promise<{ nl: string; en: string }> {
  const outcome = await validateFile(fileFrom(path, name));
  if (outcome.kind !== "report") throw new Error(`the page gave no report: ${outcome.kind}`);
  return reportView(outcome.result).json;
}

let dir: string;
const converted = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mra-web-parity-"));
  for (const to of ["ndjson", "xlsx"]) {
    const out = converted(`example.${to}`);
    await runCli(["convert", fixtures.example, "--to", to, "--out", out]);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// no second implementation: the page's report of a file is the CLI's, finding for finding, in both languages
describe("the page and the CLI give the same report", () => {
  const cases: [string, () => string][] = [
    ["the example dataset (JSON)", () => fixtures.example],
    ["the example as NDJSON", () => converted("example.ndjson")],
    ["the example as XLSX", () => converted("example.xlsx")],
    ["a broken CSV from Dutch Excel", () => fixtures.brokenCsv],
    ["a broken NDJSON dataset", () => fixtures.brokenNdjson],
  ];

  it.each(cases)("of %s", async (_name, path) => {
    const page = await pageReport(path());
    for (const lang of ["nl", "en"] as const) {
      expect(namedAs(page[lang])).toEqual(namedAs(await cliReport([path()], lang)));
    }
  });

  it("of a CSV file read by its headings, as the CLI reads it when told the entity", async () => {
    const page = await pageReport(fixtures.brokenCsv, "export.csv");
    const cli = await cliReport([fixtures.brokenCsv, "--entity", "procurements"], "en");
    expect(namedAs(page.en)).toEqual(namedAs(cli, "export.csv"));
  });
});
