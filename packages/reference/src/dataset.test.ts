import { validate } from "@mra-circulair/schema";
import { describe, expect, it } from "vitest";
import { referenceDataset } from "./dataset.ts";

describe("reference dataset", () => {
  it("is a valid Dataset", () => {
    const result = validate("Dataset", referenceDataset);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("has unique identifiers per entity and only resolvable organisation references", () => {
    const ids = new Set(referenceDataset.organisations?.map((o) => o.id));
    expect(ids.size).toBe(referenceDataset.organisations?.length);
    const refs = [
      ...(referenceDataset.signatures ?? []).map((s) => s.organisation),
      ...(referenceDataset.organisations ?? []).flatMap((o) => [o.province, o.succession?.successor]),
    ].filter((r): r is string => r !== undefined);
    expect(refs.filter((r) => !ids.has(r))).toEqual([]);
  });

  it("records the three mergers since 2018 with CBS end dates", () => {
    const merged = (referenceDataset.organisations ?? [])
      .filter((o) => o.succession)
      .map((o) => [o.name, o.validTo, o.succession?.successor, o.succession?.type]);
    expect(merged).toEqual([
      ["Beemster", "2022-01-01", "GM0439", "merger"],
      ["Haarlemmerliede en Spaarnwoude", "2019-01-01", "GM0394", "merger"],
      ["Weesp", "2022-03-24", "GM0363", "light-merger"],
    ]);
  });

  it("marks what the sources leave unconfirmed", () => {
    const uitgeest = referenceDataset.organisations?.find((o) => o.id === "GM0450");
    expect(uitgeest?.provenance?.find((p) => p.field === "/subregion")?.status).toBe("inferred");
    for (const pkg of referenceDataset.purchasePackages ?? []) {
      expect(pkg.provenance?.find((p) => p.field === "/number")?.status).toBe("unconfirmed");
    }
  });

  it("holds the declaration's 10% / 50% / 100% targets", () => {
    const targets = referenceDataset.declarations?.[0]?.targets.map((t) => [t.year, t.value, t.unit, t.status]);
    expect(targets).toEqual([
      [2022, "10", "percent", "achieved"],
      [2025, "50", "percent", "adopted"],
      [2030, "100", "percent", "tentative"],
    ]);
  });

  it("holds the five priority purchase packages in rank order", () => {
    const packages = (referenceDataset.purchasePackages ?? []).map((p) => [p.priority?.rank, p.number, p.name.nl]);
    expect(packages).toEqual([
      [1, "827", "Bewegwijzering & verkeersborden"],
      [2, "833", "Asfalt"],
      [3, "832", "Bestratingsproducten en bestraten (beton)"],
      [4, "203", "Kantoorinrichting"],
      [5, "719", "Cateringdiensten"],
    ]);
  });
});
