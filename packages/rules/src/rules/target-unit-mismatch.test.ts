import { describe, expect, it } from "vitest";
import { indicator, target } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { targetUnitMismatch } from "./target-unit-mismatch.ts";

const code = targetUnitMismatch.code;

const goal = (...targets: unknown[]) => line("goal", { id: "g", title: { nl: "g" }, targets });

describe("target-unit-mismatch", () => {
  it("reports the example: a target in tonne for an indicator in percent", () => {
    expect(ofCode(runExample(targetUnitMismatch), code)).toMatchObject([
      { pointer: "/targets/0/unit", entity: "Goal", location: { line: 2 }, excerpt: '"tonne"' },
    ]);
  });

  it("near miss: the same unit, or no indicator", () => {
    const text = [
      goal(target("t", { indicator: "i" }), target("u")),
      line("indicator-definition", indicator("i", "percent")),
    ];
    expect(ofCode(runNdjson(text.join("\n")), code)).toEqual([]);
  });

  it("checks declarations and lone targets, with the indicator before or after", () => {
    const declaration = {
      id: "d",
      title: { nl: "d" },
      signedOn: "2018-06-20",
      targets: [target("t1", { indicator: "i", unit: "eur" })],
    };
    const text = [
      line("declaration", declaration),
      line("indicator-definition", indicator("i", "percent")),
      line("target", target("t2", { indicator: "i", unit: "count" })),
    ];
    expect(
      ofCode(runNdjson(text.join("\n")), code).map((f) => [
        f.location.line,
        f.pointer,
        f.args.unit,
        f.args.indicatorUnit,
      ]),
    ).toEqual([
      [1, "/targets/0/unit", '"eur"', "percent"],
      [3, "/unit", '"count"', "percent"],
    ]);
  });

  it("leaves an unknown indicator to unresolved-reference", () => {
    expect(ofCode(runNdjson(goal(target("t", { indicator: "nope", unit: "eur" }))), code)).toEqual([]);
  });
});
