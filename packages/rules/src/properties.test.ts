import { readFileSync } from "node:fs";
import type { Finding } from "@mra-circulair/report";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bundledMetadata, bundledSource } from "./metadata/bundled.ts";
import { createRuleRunner, type RuleRecord, runRules } from "./runner.ts";
import { indicator, observation, organisation, procurement, target } from "./testing/fixtures.ts";
import { recordsFromDataset } from "./testing/records.ts";

const file = new URL("../../../examples/mra-example.dataset.json", import.meta.url);
const dataset = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

// records that trigger every rule, mixed into the example dataset: duplicates, forward and broken references, mergers, units
const extra: Record<string, unknown[]> = {
  organisations: [
    organisation("GM0363", { name: "Amsterdam (copy)" }),
    organisation("GM9001", {
      validTo: "2020-01-01",
      succession: { successor: "GM9002", date: "2020-01-01", type: "merger" },
    }),
    organisation("GM9002", { validFrom: "2020-01-01", validTo: "2020-01-01", provenance: [] }),
  ],
  signatures: [{ id: "sig-x", declaration: "no-such-declaration", organisation: "GM0457", signedOn: "2023-01-01" }],
  goals: [
    {
      id: "g-x",
      declaration: "mra-intentieverklaring-2018",
      title: { nl: "g" },
      targets: [target("decl-2018-target-2022", { indicator: "material-saved" })],
    },
  ],
  indicatorDefinitions: [indicator("late-indicator", "eur")],
  observations: [
    observation("obs-x", {
      indicator: "late-indicator",
      unit: "tonne",
      subject: { type: "organisation", id: "GM9001" },
    }),
    observation("obs-y", { subject: { type: "subregion", id: "atlantis" }, computedFrom: ["proc-x", "proc-missing"] }),
  ],
  procurements: [
    procurement("proc-x", { buyer: "GM9001", procedure: "anders", outcomes: {} }),
    procurement("proc-GM0363-2019-001", {
      dates: { publication: "2020-01-01", award: "2019-01-01" },
      criteriaApplied: [
        { criterion: "crit-kantoor-hergebruik", use: "gunningscriterium", weight: "70.5" },
        { criterion: "crit-kantoor-terugname", use: "contractbepaling", weight: "30" },
        { criterion: "crit-catering-verspilling", use: "gunningscriterium", weight: "29.51" },
      ],
    }),
  ],
};

const base: RuleRecord[] = [
  ...recordsFromDataset(dataset, "mra-example.dataset.json"),
  ...recordsFromDataset(extra, "extra.json"),
];

// duplicate-id names the later occurrence in reading order, so it is compared without its place
function key(finding: Finding): string {
  if (finding.code === "duplicate-id") return JSON.stringify([finding.code, finding.entity, finding.args]);
  return JSON.stringify([
    finding.code,
    finding.severity,
    finding.pointer,
    finding.entity,
    finding.location,
    finding.excerpt,
    finding.args,
  ]);
}

const multiset = (findings: readonly Finding[]) => findings.map(key).sort();

describe("properties", () => {
  it("the mixed dataset triggers every rule code", () => {
    const codes = new Set(runRules(base).map((f) => f.code));
    const all = new Set(runRules(recordsFromDataset(extra, "extra.json")).map((f) => f.code));
    expect([...codes, ...all].sort()).toEqual(
      expect.arrayContaining([
        "date-order",
        "duplicate-id",
        "empty-value",
        "merged-organisation-used",
        "code-not-in-open-codelist",
        "observation-unit-mismatch",
        "target-unit-mismatch",
        "unresolved-reference",
        "weight-over-100",
        "weight-without-award-criterion",
      ]),
    );
  });

  it("records in any order, and any subset of them, give the same findings", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(base.map((record, i) => ({ record, i }))), (picked) => {
        const inOrder = [...picked].sort((a, b) => a.i - b.i).map((p) => p.record);
        const shuffled = picked.map((p) => p.record);
        expect(multiset(runRules(shuffled))).toEqual(multiset(runRules(inOrder)));
      }),
      { numRuns: 150 },
    );
  });

  it("never throws, whatever the values of any entity", () => {
    const metadata = bundledMetadata();
    const entities = [...Object.keys(bundledSource.entities), "Unknown", "__proto__"];
    const keysOf = (entity: string) => [...(metadata.entity(entity)?.properties.keys() ?? []), "__proto__", "x"];
    const value = fc.oneof(
      fc.anything(),
      fc
        .constantFrom(...entities)
        .chain((entity) => fc.dictionary(fc.constantFrom(...keysOf(entity)), fc.jsonValue({ maxDepth: 4 }))),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...entities), value), { maxLength: 20 }), (records) => {
        const runner = createRuleRunner();
        for (const [entity, v] of records) runner.check({ entity, value: v, location: { file: "f", line: 1 } });
        runner.finish();
      }),
      { numRuns: 300 },
    );
  });
});
