import { describe, expect, it } from "vitest";
import type { Finding } from "./finding.ts";
import { createReport } from "./report.ts";
import { deprecatedCode, duplicateId, emptyList, missingProperty } from "./testing/sample-codes.ts";

const at = (file: string, line: number) => ({ pointer: `/items/${line}`, location: { file, line } });
const duplicate = (file: string, line: number) => duplicateId.finding(at(file, line), { id: `P-${line}` });
const deprecated = (file: string, line: number) =>
  deprecatedCode.finding(at(file, line), { value: "a", successor: "b" });

describe("createReport", () => {
  it("counts per severity, per code and per file, and keeps findings in input order", () => {
    const report = createReport();
    report.addFile("a.json", "json");
    report.addRecords("a.json", "Procurement", 10);
    report.addRecords("a.json", "Organisation");
    report.addRecords("a.json", "Procurement", 2);
    const findings = [
      duplicate("a.json", 1),
      deprecated("b.csv", 2),
      duplicate("b.csv", 3),
      emptyList.finding(at("a.json", 4)),
    ];
    for (const finding of findings) report.add(finding);
    const result = report.result();

    expect(result.valid).toBe(false);
    expect(result.totals).toEqual({ errors: 2, warnings: 1, infos: 1, records: 13 });
    expect(result.findings).toEqual(findings);
    expect(result.truncated).toBe(false);
    expect(result.byCode.map(({ code, severity, count }) => [code, severity, count])).toEqual([
      ["duplicate-id", "error", 2],
      ["deprecated-code", "warning", 1],
      ["empty-list", "info", 1],
    ]);
    expect(result.files).toEqual([
      {
        file: "a.json",
        format: "json",
        records: { Procurement: 12, Organisation: 1 },
        errors: 1,
        warnings: 0,
        infos: 1,
        valid: false,
        byCode: [
          { code: "duplicate-id", severity: "error", count: 1 },
          { code: "empty-list", severity: "info", count: 1 },
        ],
      },
      {
        file: "b.csv",
        records: {},
        errors: 1,
        warnings: 1,
        infos: 0,
        valid: false,
        byCode: [
          { code: "duplicate-id", severity: "error", count: 1 },
          { code: "deprecated-code", severity: "warning", count: 1 },
        ],
      },
    ]);
  });

  it("is valid with warnings and notices, and with nothing at all", () => {
    const report = createReport();
    expect(report.result()).toEqual({
      valid: true,
      totals: { errors: 0, warnings: 0, infos: 0, records: 0 },
      byCode: [],
      files: [],
      findings: [],
      truncated: false,
    });
    report.add(deprecated("a.json", 1));
    report.add(emptyList.finding(at("a.json", 2)));
    expect(report.result().valid).toBe(true);
    expect(report.result().files[0]?.valid).toBe(true);
  });

  it("caps the findings kept, never the counting: 10,000 findings with maxErrors 5", () => {
    const report = createReport({ maxErrors: 5, maxExamplesPerCode: 3 });
    const findings: Finding[] = [];
    for (let i = 1; i <= 10_000; i++) {
      const finding = i % 4 === 0 ? deprecated("big.ndjson", i) : duplicate("big.ndjson", i);
      findings.push(finding);
      report.add(finding);
    }
    const result = report.result();
    expect(result.totals).toEqual({ errors: 7_500, warnings: 2_500, infos: 0, records: 0 });
    expect(result.byCode.map(({ code, count }) => [code, count])).toEqual([
      ["duplicate-id", 7_500],
      ["deprecated-code", 2_500],
    ]);
    expect(result.files[0]).toMatchObject({ errors: 7_500, warnings: 2_500, valid: false });
    expect(result.findings).toEqual(findings.slice(0, 5));
    expect(result.truncated).toBe(true);
    // three examples of the first code, and the last two of the five go to the second
    expect(result.byCode[0]?.examples).toEqual([findings[0], findings[1], findings[2]]);
    expect(result.byCode[1]?.examples).toEqual([findings[3], findings[7]]);
  });

  it("keeps the first examples of every code when output is not capped", () => {
    const report = createReport({ maxErrors: Number.POSITIVE_INFINITY, maxExamplesPerCode: 2 });
    for (let i = 1; i <= 6; i++) report.add(i <= 3 ? duplicate("a.json", i) : deprecated("a.json", i));
    const [first, second] = report.result().byCode;
    expect(first?.examples.map((f) => f.location.line)).toEqual([1, 2]);
    expect(second?.examples.map((f) => f.location.line)).toEqual([4, 5]);
    expect(report.result().findings).toHaveLength(6);
    expect(report.result().truncated).toBe(false);
  });

  it("keeps nothing with maxErrors 0, yet counts all", () => {
    const report = createReport({ maxErrors: 0 });
    report.add(duplicate("a.json", 1));
    const result = report.result();
    expect(result.findings).toEqual([]);
    expect(result.byCode[0]).toMatchObject({ count: 1, examples: [] });
    expect(result.truncated).toBe(true);
    expect(result.valid).toBe(false);
  });

  it("stays bounded with a million findings", () => {
    const report = createReport({ maxErrors: 100, maxExamplesPerCode: 3 });
    const codes = [duplicateId, missingProperty];
    for (let i = 0; i < 1_000_000; i++) {
      const code = codes[i % 2] ?? duplicateId;
      report.add({
        code: code.code,
        severity: "error",
        pointer: "",
        location: { file: `f${i % 3}.ndjson`, line: i + 1 },
        args: {},
      });
    }
    const result = report.result();
    expect(result.totals.errors).toBe(1_000_000);
    expect(result.findings).toHaveLength(100);
    expect(result.byCode.map((code) => [code.count, code.examples.length])).toEqual([
      [500_000, 3],
      [500_000, 3],
    ]);
    expect(result.files.map((file) => file.errors)).toEqual([333_334, 333_333, 333_333]);
  });

  it("counts a code reported at two severities as two entries", () => {
    const report = createReport();
    report.add(duplicate("a.json", 1));
    report.add({ ...duplicate("a.json", 2), severity: "warning" });
    expect(report.result().byCode.map(({ severity, count }) => [severity, count])).toEqual([
      ["error", 1],
      ["warning", 1],
    ]);
  });

  it("orders codes by severity, then frequency, then code", () => {
    const report = createReport();
    report.add(deprecated("a.json", 1));
    report.add(missingProperty.finding(at("a.json", 2), { property: "x" }));
    report.add(duplicate("a.json", 3));
    report.add(duplicate("a.json", 4));
    report.add(deprecated("a.json", 5));
    report.add(deprecated("a.json", 6));
    expect(report.result().byCode.map((code) => code.code)).toEqual([
      "duplicate-id",
      "missing-property",
      "deprecated-code",
    ]);
  });

  it("keeps an entity called __proto__ as a plain count", () => {
    const report = createReport();
    report.addRecords("a.csv", "__proto__", 2);
    const [file] = report.result().files;
    expect(Object.entries(file?.records ?? {})).toEqual([["__proto__", 2]]);
    expect(report.result().totals.records).toBe(2);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("gives snapshots that later findings do not change", () => {
    const report = createReport();
    report.add(duplicate("a.json", 1));
    const before = report.result();
    report.add(duplicate("a.json", 2));
    expect(before.findings).toHaveLength(1);
    expect(before.byCode[0]?.examples).toHaveLength(1);
    expect(before.byCode[0]?.count).toBe(1);
    expect(report.result().byCode[0]?.count).toBe(2);
  });

  it("keeps a file's known format, and its place among the files", () => {
    const report = createReport();
    report.add(duplicate("b.csv", 1));
    report.addFile("a.json", "json");
    report.addFile("b.csv", "csv");
    report.addFile("b.csv");
    expect(report.result().files.map((file) => [file.file, file.format])).toEqual([
      ["b.csv", "csv"],
      ["a.json", "json"],
    ]);
  });

  it.each([-1, 1.5, Number.NaN])("refuses %s as a limit", (limit) => {
    expect(() => createReport({ maxErrors: limit })).toThrow(RangeError);
    expect(() => createReport({ maxExamplesPerCode: limit })).toThrow(RangeError);
  });
});
