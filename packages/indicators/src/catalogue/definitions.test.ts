import type { IndicatorDefinition } from "@mra-circulair/types";
import { describe, expect, it } from "vitest";
import { indicatorDefinitions } from "../definitions.ts";
import { computeIndicators } from "../engine.ts";
import type { Measure } from "../results.ts";

const UNITS: Record<Measure, readonly IndicatorDefinition["unit"][]> = {
  count: ["count"],
  share: ["percent"],
  value: ["eur"],
  quantity: ["tonne", "tonne-co2e"],
};
const AGGREGATIONS: Record<Measure, readonly IndicatorDefinition["aggregation"][]> = {
  count: ["count", "sum"],
  share: ["share"],
  value: ["sum"],
  quantity: ["sum"],
};

const results = computeIndicators({
  meta: {
    schemaVersion: "1.0",
    id: "empty",
    publisher: { name: "t" },
    license: "https://x.nl/",
    publishedAt: "2024-01-01T00:00:00Z",
  },
  purchasePackages: [{ id: "pkg", name: { nl: "Pakket" }, adoptions: [{ organisation: "GM0363" }] }],
});

describe("the indicator definitions", () => {
  it("cover every indicator of the catalogue, with a unit and aggregation that fit its measure", () => {
    expect(results.definitions.map((d) => d.id)).toEqual(results.catalogue.map((e) => e.indicator));
    for (const [index, entry] of results.catalogue.entries()) {
      const definition = results.definitions[index] as IndicatorDefinition;
      expect(UNITS[entry.measure], entry.indicator).toContain(definition.unit);
      expect(AGGREGATIONS[entry.measure], entry.indicator).toContain(definition.aggregation);
    }
  });

  it("are the reference data's, except the per-package ones the engine makes", () => {
    const made = results.definitions.filter((d) => !indicatorDefinitions.some((r) => r.id === d.id));
    expect(made.map((d) => [d.id, d.name.en])).toEqual([
      ["purchase-package-adopted:pkg", "Adoption of purchase package Pakket"],
    ]);
    // the reference data defines nothing the engine does not compute
    const computed = new Set(results.catalogue.map((e) => e.indicator));
    expect(indicatorDefinitions.filter((d) => !computed.has(d.id)).map((d) => d.id)).toEqual([]);
  });

  it("carry provenance, with the unconfirmed counting rule marked", () => {
    for (const definition of indicatorDefinitions)
      expect(definition.provenance?.length, definition.id).toBeGreaterThan(0);
    const share = indicatorDefinitions.find((d) => d.id === "circular-procurement-share");
    expect(share?.provenance?.find((p) => p.field === "/method")?.status).toBe("unconfirmed");
  });
});
