import { describe, expect, it } from "vitest";
import { reportView } from "./report-view.ts";
import { fileFrom, fixtures } from "./testing.ts";
import { validateFile } from "./validate-file.ts";

async function resultOf(path: string) {
  const outcome = await validateFile(fileFrom(path));
  if (outcome.kind !== "report") throw new Error(`no report: ${outcome.kind}`);
  return outcome.result;
}

describe("reportView", () => {
  it("groups the findings by code as the report counts them, with titles and messages in both languages", async () => {
    const result = await resultOf(fixtures.brokenCsv);
    const view = reportView(result);
    expect(view.groups.map(({ code, severity, count }) => ({ code, severity, count }))).toEqual(
      result.byCode.map(({ code, severity, count }) => ({ code, severity, count })),
    );
    const dates = view.groups.find((group) => group.code === "csv-date-format");
    expect(dates?.title).toEqual({ nl: "Datumnotatie", en: "Date format" });
    expect(dates?.examples[0]).toMatchObject({
      location: { row: 3, heading: "Datums: Gunning" },
      pointer: expect.stringMatching(/\/dates\/award$/),
      excerpt: '"15-04-2019"',
    });
    expect(dates?.examples[0]?.message.nl).toContain("15-04-2019");
    expect(dates?.examples[0]?.message.en).toContain("15-04-2019");
    expect(dates?.examples[0]?.message.nl).not.toBe(dates?.examples[0]?.message.en);
  });

  it("keeps the report's first examples per code, not every finding", async () => {
    const result = await resultOf(fixtures.brokenNdjson);
    const view = reportView(result);
    const required = view.groups.find((group) => group.code === "schema-required");
    expect(required?.count).toBeGreaterThan(required?.examples.length ?? 0);
    expect(required?.examples).toHaveLength(
      result.byCode.find((c) => c.code === "schema-required")?.examples.length ?? -1,
    );
  });

  it("writes the report as JSON in each language", async () => {
    const view = reportView(await resultOf(fixtures.brokenNdjson));
    const nl = JSON.parse(view.json.nl) as { language: string; valid: boolean; byCode: { title: string }[] };
    const en = JSON.parse(view.json.en) as typeof nl;
    expect([nl.language, en.language]).toEqual(["nl", "en"]);
    expect(nl.valid).toBe(false);
    expect(nl.byCode.map((c) => c.title)).not.toEqual(en.byCode.map((c) => c.title));
  });

  it("shows no control character from the file", async () => {
    const file = new File(['{"type":"meta","record":{"id":"a\\u001b[31mb"}}\n'], "x.ndjson");
    const outcome = await validateFile(file);
    if (outcome.kind !== "report") throw new Error(outcome.kind);
    const shown = JSON.stringify(reportView(outcome.result).groups);
    expect(shown).toContain("schema-required");
    expect(shown).not.toMatch(/\\u001b/);
  });
});
