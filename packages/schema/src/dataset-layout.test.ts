import { describe, expect, it } from "vitest";
import { datasetMembers, lineTypes, META_ENTITY } from "./dataset-layout.ts";

describe("the entity tables, read from the schemas", () => {
  it("give every NDJSON line type its entity", () => {
    expect(lineTypes.size).toBe(13);
    expect(lineTypes.get("meta")).toBe(META_ENTITY);
    expect(lineTypes.get("purchase-package")).toBe("PurchasePackage");
    expect(lineTypes.get("mvi-link")).toBe("MviLink");
    expect(lineTypes.get("procurement")).toBe("Procurement");
    expect([...lineTypes.values()]).not.toContain("");
  });

  it("give every dataset member its entity", () => {
    expect(datasetMembers.size).toBe(13);
    expect(datasetMembers.get("meta")).toBe(META_ENTITY);
    expect(datasetMembers.get("purchasePackages")).toBe("PurchasePackage");
    expect(datasetMembers.get("indicatorDefinitions")).toBe("IndicatorDefinition");
    expect(datasetMembers.get("procurements")).toBe("Procurement");
    expect([...datasetMembers.values()]).not.toContain("");
  });
});
