import type { SourceLocation } from "@mra-circulair/report";
import { describe, expect, it, vi } from "vitest";
import { ruleDefinitions } from "./rules.ts";
import { createRuleRunner, runRules } from "./runner.ts";
import { organisation, procurement } from "./testing/fixtures.ts";

const at = (line: number): SourceLocation => ({ file: "d.json", line });

describe("createRuleRunner", () => {
  it("prefixes pointerBase and asks locate only for pointers with a finding", () => {
    const locate = vi.fn((pointer: string): SourceLocation => ({ file: "d.json", line: 9, column: pointer.length }));
    const runner = createRuleRunner();
    const record = procurement("p", { dates: { publication: "2024-02-01", award: "2024-01-01" } });
    const findings = runner.check({
      entity: "Procurement",
      value: record,
      location: at(3),
      pointerBase: "/procurements/0",
      locate,
    });
    expect(findings.map((f) => [f.code, f.pointer, f.location])).toEqual([
      ["date-order", "/procurements/0/dates/award", { file: "d.json", line: 9, column: 12 }],
    ]);
    // the buyer waits for finish, so its site is located now, once
    expect(locate.mock.calls.map(([pointer]) => pointer).sort()).toEqual(["/buyer", "/dates/award"]);
  });

  it("falls back to the record's location when locate throws", () => {
    const locate = () => {
      throw new Error("no such pointer");
    };
    const value = organisation("A", { validFrom: "2020-01-01", validTo: "2019-01-01" });
    const [finding] = createRuleRunner().check({ entity: "Organisation", value, location: at(4), locate });
    expect(finding?.location).toEqual(at(4));
  });

  it("reports only the selected codes, and refuses unknown ones", () => {
    const records = [
      { entity: "Procurement", value: procurement("p", { buyer: "X", procedure: "anders" }), location: at(1) },
      { entity: "Procurement", value: procurement("p", { buyer: "X" }), location: at(2) },
    ];
    expect(runRules(records, { rules: ["duplicate-id"] }).map((f) => f.code)).toEqual(["duplicate-id"]);
    expect(runRules(records, { rules: ["code-not-in-open-codelist"] }).map((f) => f.code)).toEqual([
      "code-not-in-open-codelist",
    ]);
    expect(runRules(records, { rules: [] })).toEqual([]);
    expect(() => createRuleRunner({ rules: ["no-such-rule"] })).toThrow(RangeError);
    // the schema layer's code may be named, and reports nothing here
    expect(runRules(records, { rules: ["code-not-in-closed-codelist"] })).toEqual([]);
  });

  it("refuses records after finish, and a second finish", () => {
    const runner = createRuleRunner();
    runner.finish();
    expect(() => runner.check({ entity: "Organisation", value: {}, location: at(1) })).toThrow("finished");
    expect(() => runner.finish()).toThrow("finished");
  });

  it("returns the findings of finish in source order", () => {
    const records = [3, 1, 2].map((line) => ({
      entity: "Procurement",
      value: procurement(`p${line}`, { buyer: `GM${line}` }),
      location: at(line),
    }));
    expect(runRules(records, { rules: ["unresolved-reference"] }).map((f) => f.location.line)).toEqual([1, 2, 3]);
  });

  it("takes any value of any entity without throwing", () => {
    const values = [null, 1, "x", [], {}, { id: 5 }, { __proto__: { id: "a" } }, [{ id: "a" }], { targets: "x" }];
    const entities = [
      ...ruleDefinitions.map((d) => d.code),
      "Organisation",
      "Procurement",
      "__proto__",
      "constructor",
      "DatasetMeta",
    ];
    const runner = createRuleRunner();
    for (const entity of entities) for (const value of values) runner.check({ entity, value, location: at(1) });
    expect(() => runner.finish()).not.toThrow();
  });
});
