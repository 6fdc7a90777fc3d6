import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fileFrom, fixtures } from "./testing.ts";
import { type Progress, validateFile } from "./validate-file.ts";

const codesOf = (outcome: Awaited<ReturnType<typeof validateFile>>) =>
  outcome.kind === "report" ? outcome.result.byCode.map(({ code, count }) => [code, count]) : outcome.kind;

describe("validateFile", () => {
  it("validates the example dataset, and says how far it has read", async () => {
    const file = fileFrom(fixtures.example);
    const progress: Progress[] = [];
    const outcome = await validateFile(file, { onProgress: (step) => progress.push(step) });
    expect(outcome.kind).toBe("report");
    if (outcome.kind !== "report") return;
    expect(outcome.format).toBe("json");
    expect(outcome.result.valid).toBe(true);
    expect(outcome.result.totals.records).toBeGreaterThan(100);
    expect(progress.at(-1)).toEqual({ bytes: file.size, total: file.size, records: outcome.result.totals.records });
    expect(progress.map((step) => step.bytes)).toEqual([...progress.map((step) => step.bytes)].sort((a, b) => a - b));
  });

  it("reads a CSV file as the entity its name says", async () => {
    const outcome = await validateFile(fileFrom(fixtures.brokenCsv));
    expect(outcome).toMatchObject({ kind: "report", format: "csv", entity: "Procurement", entitySource: "name" });
    expect(codesOf(outcome)).toContainEqual(["duplicate-id", 1]);
  });

  it("reads a CSV file whose name says nothing as the entity its headings say, with the same findings", async () => {
    const byName = await validateFile(fileFrom(fixtures.brokenCsv));
    const byHeadings = await validateFile(fileFrom(fixtures.brokenCsv, "export.csv"));
    expect(byHeadings).toMatchObject({ kind: "report", entity: "Procurement", entitySource: "headings" });
    expect(codesOf(byHeadings)).toEqual(codesOf(byName));
  });

  it("asks which entity a CSV file holds when neither its name nor its headings say, and reads it as chosen", async () => {
    const file = fileFrom(fixtures.unknownCsv, "export.csv");
    expect(await validateFile(file)).toEqual({ kind: "needs-entity" });
    const chosen = await validateFile(file, { entity: "Organisation" });
    expect(chosen).toMatchObject({ kind: "report", entity: "Organisation", entitySource: "choice" });
    // "kleur" and "gewicht" are no columns of an organisation
    expect(codesOf(chosen)).toContainEqual(["csv-unknown-column", 2]);
  });

  it("reads a JSON document as one record of the chosen entity", async () => {
    const example = JSON.parse(readFileSync(fixtures.example, "utf8")) as { organisations: unknown[] };
    const file = new File([JSON.stringify(example.organisations[0])], "amsterdam.json");
    const outcome = await validateFile(file, { entity: "Organisation" });
    expect(outcome).toMatchObject({ kind: "report", entity: "Organisation", entitySource: "choice" });
    if (outcome.kind === "report") expect(outcome.result.files[0]?.records).toEqual({ Organisation: 1 });
  });

  it("refuses a file whose extension names no format", async () => {
    expect(await validateFile(new File(["{}"], "data.xml"))).toEqual({ kind: "unknown-format" });
  });

  it("stops when the page cancels, before or while it reads", async () => {
    const before = new AbortController();
    before.abort();
    expect(await validateFile(fileFrom(fixtures.example), { signal: before.signal })).toEqual({ kind: "cancelled" });
    const during = new AbortController();
    const progress: Progress[] = [];
    // in two parts, which the file's stream gives one by one
    const bytes = readFileSync(fixtures.example);
    const halves = new File([bytes.subarray(0, bytes.length / 2), bytes.subarray(bytes.length / 2)], "example.json");
    const outcome = await validateFile(halves, {
      signal: during.signal,
      onProgress: (step) => {
        progress.push(step);
        during.abort();
      },
    });
    expect(outcome).toEqual({ kind: "cancelled" });
    expect(progress[0]?.bytes).toBeLessThan(progress[0]?.total ?? 0);
  });
});
