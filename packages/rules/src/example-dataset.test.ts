import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runRules } from "./runner.ts";
import { recordsFromDataset } from "./testing/records.ts";

const file = new URL("../../../examples/mra-example.dataset.json", import.meta.url);
const dataset = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

describe("the example dataset", () => {
  const findings = runRules(recordsFromDataset(dataset, "mra-example.dataset.json"));

  it("has no error", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("has exactly the warnings and infos we know of", () => {
    expect(findings.map((f) => `${f.severity} ${f.code} ${f.pointer}`)).toEqual([]);
  });
});
