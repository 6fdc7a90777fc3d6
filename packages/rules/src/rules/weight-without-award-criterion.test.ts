import { describe, expect, it } from "vitest";
import { procurement } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { weightWithoutAwardCriterion } from "./weight-without-award-criterion.ts";

const code = weightWithoutAwardCriterion.code;

const found = (...applied: unknown[]) =>
  ofCode(runNdjson(line("procurement", procurement("p", { criteriaApplied: applied }))), code).map((f) => [
    f.pointer,
    f.args.use,
  ]);

describe("weight-without-award-criterion", () => {
  it("reports the example: a requirement with a weight", () => {
    expect(ofCode(runExample(weightWithoutAwardCriterion), code)).toMatchObject([
      { pointer: "/criteriaApplied/0/weight", severity: "warning", excerpt: '"20"', args: { use: '"eis"' } },
    ]);
  });

  it("near miss: a weighted award criterion, and a requirement without weight", () => {
    expect(found({ criterion: "c", use: "gunningscriterium", weight: "20" }, { criterion: "d", use: "eis" })).toEqual(
      [],
    );
  });

  it("reports each weighted criterion of another use", () => {
    expect(
      found({ criterion: "c", use: "contractbepaling", weight: "5" }, null, {
        criterion: "d",
        use: "selectiecriterium",
        weight: "1",
      }),
    ).toEqual([
      ["/criteriaApplied/0/weight", '"contractbepaling"'],
      ["/criteriaApplied/2/weight", '"selectiecriterium"'],
    ]);
  });
});
