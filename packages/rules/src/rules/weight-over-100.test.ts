import { describe, expect, it } from "vitest";
import { procurement } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { weightOver100 } from "./weight-over-100.ts";

const code = weightOver100.code;

const sums = (...applied: Record<string, unknown>[]) =>
  ofCode(runNdjson(line("procurement", procurement("p", { criteriaApplied: applied }))), code).map((f) => f.args.sum);

const award = (weight: unknown) => ({ criterion: "c", use: "gunningscriterium", weight });

describe("weight-over-100", () => {
  it("reports the example: 60 + 40.5 is 100.5", () => {
    expect(ofCode(runExample(weightOver100), code)).toMatchObject([
      { pointer: "/criteriaApplied", entity: "Procurement", args: { sum: "100.5" } },
    ]);
  });

  it("near miss: exactly 100, in decimals that floats get wrong", () => {
    // 0.01 + 65.4 + 34.59 is 100.00000000000001 in floating point
    expect(0.01 + 65.4 + 34.59).toBeGreaterThan(100);
    expect(sums(award("0.01"), award("65.4"), award("34.59"))).toEqual([]);
    expect(sums(award("33.33"), award("33.33"), award("33.34"))).toEqual([]);
  });

  it("is exact to the hundredth", () => {
    expect(sums(award("33.34"), award("33.33"), award("33.34"))).toEqual(["100.01"]);
    expect(sums(award("100"), award("0.01"))).toEqual(["100.01"]);
    expect(sums(award("100.00"), award("100"))).toEqual(["200"]);
  });

  it("counts only award criteria and skips weights that are no Percentage", () => {
    expect(sums(award("90"), { criterion: "c", use: "eis", weight: "50" })).toEqual([]);
    expect(sums(award("90"), award(50), award("50%"), award("1e2"))).toEqual([]);
  });
});
