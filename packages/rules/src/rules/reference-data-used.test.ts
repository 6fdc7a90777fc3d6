import { describe, expect, it } from "vitest";
import { runRules } from "../runner.ts";
import { organisation, procurement } from "../testing/fixtures.ts";
import { line, ofCode, recordsFromNdjson, runExample, runNdjson } from "../testing/records.ts";
import { referenceDataUsed } from "./reference-data-used.ts";

const code = referenceDataUsed.code;

describe("reference-data-used", () => {
  it("says once, at the end, that the example's organisation came from the reference data", () => {
    expect(ofCode(runExample(referenceDataUsed), code)).toEqual([
      {
        code,
        severity: "info",
        pointer: "",
        location: { file: "example.ndjson" },
        args: { count: 1, organisations: 36 },
      },
    ]);
  });

  it("near miss: a dataset with one organisation uses its own", () => {
    const text = [
      line("organisation", organisation("GM0034")),
      line("procurement", procurement("p", { buyer: "GM0034" })),
    ];
    expect(ofCode(runNdjson(text.join("\n")), code)).toEqual([]);
  });

  it("is silent without references to organisations, or with reference: false", () => {
    expect(ofCode(runNdjson(line("purchase-package", { id: "pkg", name: { nl: "p" } })), code)).toEqual([]);
    expect(ofCode(runExample(referenceDataUsed, { reference: false }), code)).toEqual([]);
  });

  it("counts every reference and names the first file by name, whatever the order", () => {
    const a = recordsFromNdjson(line("procurement", procurement("p", { buyer: "GM0363" })), "b.ndjson");
    const b = recordsFromNdjson(line("procurement", procurement("q", { buyer: "GM0457" })), "a.ndjson");
    const [finding] = ofCode(runRules([...a, ...b]), code);
    expect(finding?.location).toEqual({ file: "a.ndjson" });
    expect(finding?.args.count).toBe(2);
  });
});
