import { readFileSync } from "node:fs";
import type { SourceLocation } from "@mra-circulair/report";
import { describe, expect, it, vi } from "vitest";
import { DatasetIndex } from "./dataset-index.ts";
import { bundledMetadata } from "./metadata/bundled.ts";
import { recordFacts } from "./model/record-facts.ts";
import { ruleDefinitions, rules } from "./rules.ts";
import {
  createRecordRuleRunner,
  createRuleRunner,
  type RuleRecord,
  type RuleRunnerOptions,
  runRules,
} from "./runner.ts";
import { deprecationFixture } from "./testing/deprecation-fixture.ts";
import { organisation, procurement } from "./testing/fixtures.ts";
import { recordsFromDataset, recordsFromNdjson } from "./testing/records.ts";

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

describe("checkFacts", () => {
  const dataset = JSON.parse(
    readFileSync(new URL("../../../examples/mra-example.dataset.json", import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  // every code's example, the example dataset twice (every id a duplicate), and values the schema would refuse
  const records: RuleRecord[] = [
    ...ruleDefinitions.flatMap((definition) => recordsFromNdjson(definition.example, `${definition.code}.ndjson`)),
    ...recordsFromDataset(dataset, "a.json"),
    ...recordsFromDataset(dataset, "b.json"),
    ...[null, 1, "x", [], {}, { id: 5 }, { targets: "x" }].map((value, i) => ({
      entity: i % 2 === 0 ? "Roadmap" : "Observation",
      value,
      location: at(i + 1),
    })),
  ].map((record) => {
    const text = JSON.stringify(record.value);
    return { ...record, locate: (pointer: string) => ({ ...record.location, column: text.length + pointer.length }) };
  });

  it.each<[string, RuleRunnerOptions]>([
    ["all rules", {}],
    ["without reference data", { reference: false }],
    ["some rules", { rules: ["duplicate-id", "date-order", "empty-value", "observation-unit-mismatch"] }],
    ["only rules without the index", { rules: ["date-order", "code-not-in-open-codelist"] }],
    ["deprecations", { metadata: deprecationFixture() }],
  ])("gives what check gives, with %s, for a record checked elsewhere", (_name, options) => {
    const direct = createRuleRunner(options);
    const expected = [...records.map((record) => direct.check(record)), direct.finish()];
    const own = createRecordRuleRunner(options);
    const split = createRuleRunner(options);
    const actual = [
      ...records.map(({ value, ...record }) =>
        // a copy, as the record's check comes from another thread
        split.checkFacts({
          ...record,
          checked: structuredClone({
            ...own.check({ ...record, value }),
            ...(own.usesIndex ? { facts: recordFacts(record.entity, value) } : {}),
          }),
        }),
      ),
      split.finish(),
    ];
    expect(actual).toEqual(expected);
    expect(expected.flat().length).toBeGreaterThan(0);
  });

  it("refuses a rule with the index that reads a value it did not ask for", () => {
    const runner = createRuleRunner({ rules: ["duplicate-id"] });
    const record = { entity: "Roadmap", location: at(1) };
    const checked = { findings: [], ranks: [], facts: { ids: [], references: [] } };
    expect(() => runner.checkFacts({ ...record, checked })).toThrow("list Roadmap in its readsValue");
  });

  it("runs on facts because every rule without the index judges a record alone, and no rule with it visits", () => {
    const context = { index: new DatasetIndex(), metadata: bundledMetadata(), reference: true };
    for (const rule of rules) {
      const instance = rule.create(context);
      if (rule.usesIndex === true) expect(instance.visit).toBeUndefined();
      else expect([instance.finish, rule.readsValue]).toEqual([undefined, undefined]);
    }
  });
});
