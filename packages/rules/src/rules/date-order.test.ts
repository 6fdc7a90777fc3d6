import { describe, expect, it } from "vitest";
import { observation, organisation, procurement } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { dateOrder } from "./date-order.ts";

const code = dateOrder.code;

const found = (type: string, record: unknown) =>
  ofCode(runNdjson(line(type, record)), code).map((f) => [f.pointer, f.args.earlier, f.args.relation, f.args.later]);

describe("date-order", () => {
  it("reports the example's award before its publication, at the award", () => {
    const [finding] = ofCode(runExample(dateOrder), code);
    expect(finding).toMatchObject({ pointer: "/dates/award", severity: "error", excerpt: '"2024-03-15"' });
  });

  it("near miss: award on the day of publication", () => {
    expect(
      found("procurement", procurement("p", { dates: { publication: "2024-03-15", award: "2024-03-15" } })),
    ).toEqual([]);
  });

  it("compares each present procurement date with the previous present one", () => {
    const dates = { publication: "2024-01-01", contractStart: "2023-12-01", contractEnd: "2023-11-30" };
    expect(found("procurement", procurement("p", { dates }))).toEqual([
      ["/dates/contractStart", "publication", "<=", "contractStart"],
      ["/dates/contractEnd", "contractStart", "<=", "contractEnd"],
    ]);
  });

  it("allows a one-day contract and checks an observation period", () => {
    expect(
      found("procurement", procurement("p", { dates: { contractStart: "2024-01-01", contractEnd: "2024-01-01" } })),
    ).toEqual([]);
    expect(found("observation", observation("o", { period: { start: "2024-01-02", end: "2024-01-01" } }))).toEqual([
      ["/period/end", "start", "<=", "end"],
    ]);
  });

  it("wants validFrom strictly before validTo, because validTo is exclusive", () => {
    expect(found("organisation", organisation("A", { validFrom: "2020-01-01", validTo: "2020-01-01" }))).toEqual([
      ["/validTo", "validFrom", "<", "validTo"],
    ]);
    expect(found("organisation", organisation("A", { validFrom: "2020-01-01", validTo: "2020-01-02" }))).toEqual([]);
  });

  it("checks the years of each roadmap action", () => {
    const action = (id: string, startYear: number, endYear?: number) => ({
      id,
      title: { nl: id },
      level: "basis",
      theme: "measurement-method",
      startYear,
      ...(endYear === undefined ? {} : { endYear }),
    });
    const roadmap = {
      id: "r",
      title: { nl: "r" },
      actions: [action("a", 2021, 2020), action("b", 2020, 2020), action("c", 2025)],
    };
    expect(found("roadmap", roadmap)).toEqual([["/actions/0/endYear", "startYear", "<=", "endYear"]]);
  });

  it("skips values that are no dates", () => {
    expect(found("procurement", procurement("p", { dates: { publication: "later", award: 2020 } }))).toEqual([]);
    expect(found("procurement", procurement("p", { dates: null }))).toEqual([]);
  });
});
