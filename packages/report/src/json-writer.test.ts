import { describe, expect, it } from "vitest";
import schema from "../report.schema.json" with { type: "json" };
import { REPORT_VERSION, writeJson } from "./json-writer.ts";
import { createReport } from "./report.ts";
import { compileSchema } from "./testing/ajv.ts";
import { sampleRegistry } from "./testing/sample-codes.ts";
import { HOSTILE, hostileResult, sampleResult } from "./testing/sample-report.ts";

const validate = compileSchema(schema);
const conforms = (json: string) => {
  const ok = validate(JSON.parse(json));
  if (!ok) throw new Error(JSON.stringify(validate.errors, null, 2));
  return ok;
};

describe("writeJson", () => {
  it.each(["nl", "en"] as const)("writes a report that report.schema.json accepts, in %s", (lang) => {
    for (const result of [sampleResult(), sampleResult({ maxErrors: 2 }), hostileResult(), createReport().result()]) {
      expect(conforms(writeJson(result, sampleRegistry, lang))).toBe(true);
    }
  });

  it("writes totals, codes with titles in the chosen language, and files with their findings", () => {
    const report = JSON.parse(writeJson(sampleResult(), sampleRegistry, "nl"));
    expect(report).toMatchObject({
      version: REPORT_VERSION,
      language: "nl",
      valid: false,
      totals: { errors: 4, warnings: 1, infos: 1, records: 16 },
      truncated: false,
    });
    expect(report.byCode).toEqual([
      { code: "missing-property", severity: "error", title: "Verplichte eigenschap ontbreekt", count: 3 },
      { code: "duplicate-id", severity: "error", title: "Dubbel id", count: 1 },
      { code: "deprecated-code", severity: "warning", title: "Verouderde code", count: 1 },
      { code: "empty-list", severity: "info", title: "Lege lijst", count: 1 },
    ]);
    expect(report.files.map((file: { file: string }) => file.file)).toEqual(["data.json", "inkoop.csv", "leeg.xlsx"]);
    expect(report.files[0]).toMatchObject({
      format: "json",
      records: { DatasetMeta: 1, Procurement: 12 },
      errors: 1,
      warnings: 1,
      infos: 1,
      valid: false,
    });
    expect(report.files[0].findings[0]).toEqual({
      code: "duplicate-id",
      severity: "error",
      pointer: "/procurements/3/id",
      entity: "Procurement",
      location: { file: "data.json", line: 12, column: 5 },
      excerpt: '"P-1"',
      message: 'Het id "P-1" is al gebruikt.',
    });
    expect(report.files[2]).toEqual({
      file: "leeg.xlsx",
      format: "xlsx",
      records: {},
      errors: 0,
      warnings: 0,
      infos: 0,
      valid: true,
      findings: [],
    });
  });

  it("lists only the kept findings but every count, and says it is truncated", () => {
    const report = JSON.parse(writeJson(sampleResult({ maxErrors: 2 }), sampleRegistry, "en"));
    expect(report.truncated).toBe(true);
    expect(report.totals.errors).toBe(4);
    expect(report.files[1].errors).toBe(3);
    const listed = report.files.flatMap((file: { findings: unknown[] }) => file.findings);
    expect(listed).toHaveLength(2);
  });

  it("cleans excerpts and messages, and names an unknown code by itself", () => {
    const report = JSON.parse(writeJson(hostileResult(), sampleRegistry, "en"));
    const [finding] = report.files[0].findings;
    expect(finding.excerpt).toBe("<b>&amp;\"x\"'y'\ufffd</b>");
    expect(finding.message).toBe("Code <b>&amp;\"x\"'y'\ufffd</b> is deprecated; use GM0363.");
    expect(finding.location.heading).toBe(HOSTILE);
    expect(report.byCode.find((code: { code: string }) => code.code === "not-registered").title).toBe("not-registered");
  });

  it("checks against a schema that rejects what is not a report", () => {
    const report = JSON.parse(writeJson(sampleResult(), sampleRegistry, "en"));
    expect(validate({ ...report, totals: { errors: 1 } })).toBe(false);
    expect(validate({ ...report, extra: true })).toBe(false);
    expect(validate({ ...report, language: "de" })).toBe(false);
  });
});
