import { describe, expect, it } from "vitest";
import { indicator, observation } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { observationUnitMismatch } from "./observation-unit-mismatch.ts";

const code = observationUnitMismatch.code;

describe("observation-unit-mismatch", () => {
  it("reports the example: an observation in percent of an indicator in tonne", () => {
    expect(ofCode(runExample(observationUnitMismatch), code)).toMatchObject([
      { pointer: "/unit", entity: "Observation", location: { line: 2 } },
    ]);
  });

  it("near miss: the indicator's unit", () => {
    const text = [
      line("indicator-definition", indicator("material-saved", "tonne")),
      line("observation", observation("o")),
    ];
    expect(ofCode(runNdjson(text.join("\n")), code)).toEqual([]);
  });

  it("checks an observation that comes before its indicator at the end", () => {
    const text = [
      line("observation", observation("o", { unit: "eur" })),
      line("indicator-definition", indicator("material-saved", "tonne")),
    ];
    expect(ofCode(runNdjson(text.join("\n")), code).map((f) => [f.location.line, f.args.unit])).toEqual([[1, '"eur"']]);
  });
});
