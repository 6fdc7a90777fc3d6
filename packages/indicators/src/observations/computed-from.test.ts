import type { Procurement } from "@mra-circulair/types";
import { describe, expect, it } from "vitest";
import { ALL, CIRCULAR } from "../counting/flags.ts";
import { Tally } from "../counting/tally.ts";
import { ComputedFrom } from "./computed-from.ts";

const R = new Int32Array(16);
function tally(entries: [string, number][]): Tally {
  const t = new Tally();
  for (const [id, flags] of entries)
    t.add({ id, contractValue: { amount: "1", currency: "EUR" } } as Procurement, flags, R);
  return t;
}

describe("ComputedFrom", () => {
  const a = tally([
    ["p3", CIRCULAR],
    ["p1", 0],
    ["p3", 0],
  ]);
  const b = tally([
    ["p2", CIRCULAR],
    ["p0", 0],
  ]);

  it("lists identifiers sorted and once, across the tallies of a subject", () => {
    const lists = new ComputedFrom([a, b], 100);
    expect(lists.list(ALL, 5)).toEqual(["p0", "p1", "p2", "p3"]);
    // p3 is circular in one of its two records
    expect(lists.list(CIRCULAR, 2)).toEqual(["p2", "p3"]);
    expect(lists.list(CIRCULAR, 2)).toBe(lists.list(CIRCULAR, 2));
  });

  it("lists nothing beyond the limit or for nothing counted", () => {
    const lists = new ComputedFrom([a, b], 3);
    expect(lists.list(ALL, 5)).toBeUndefined();
    expect(lists.list(CIRCULAR, 2)).toEqual(["p2", "p3"]);
    expect(lists.list(CIRCULAR, 0)).toBeUndefined();
  });
});
