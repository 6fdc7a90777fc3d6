import { referenceDataset } from "@mra-circulair/reference";
import { describe, expect, it } from "vitest";
import { BUYER_WEIGHTS, BuyerPicker } from "./buyers.ts";
import { parseIsoDate } from "./calendar.ts";
import { createRandom } from "./random.ts";

const organisations = referenceDataset.organisations ?? [];

function tally(date: string, draws = 60_000): Map<string, number> {
  const picker = new BuyerPicker(organisations);
  const random = createRandom(11);
  const counts = new Map<string, number>();
  for (let i = 0; i < draws; i++) {
    const id = picker.pick(random, parseIsoDate(date)).id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

describe("BuyerPicker", () => {
  it("has a weight for each of the 36 signatories", () => {
    expect(organisations).toHaveLength(36);
    for (const o of organisations) expect(BUYER_WEIGHTS[o.id], o.name).toBeGreaterThan(0);
  });

  it("picks every existing organisation, Amsterdam most often", () => {
    const counts = tally("2021-06-01");
    const existing = organisations.filter((o) => o.validTo === undefined || o.validTo > "2021-06-01");
    expect(counts.size).toBe(existing.length);
    const [top] = [...counts].sort((a, b) => b[1] - a[1]);
    expect(top?.[0]).toBe("GM0363");
  });

  it("passes a merged municipality's purchasing to its successor from the merger date", () => {
    const before = tally("2022-03-23");
    const after = tally("2022-03-24");
    expect(before.get("GM0457")).toBeGreaterThan(0);
    expect(after.has("GM0457")).toBe(false);
    expect(after.has("GM0370")).toBe(false);
    expect(after.has("GM0393")).toBe(false);
    // Weesp's weight (20) joins Amsterdam's (870)
    const share = (counts: Map<string, number>) => (counts.get("GM0363") ?? 0) / 60_000;
    expect(share(after) / share(before)).toBeGreaterThan(1.005);
  });
});
