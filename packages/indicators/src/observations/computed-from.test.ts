import type { Procurement } from "@mra-circulair/types";
import { describe, expect, it } from "vitest";
import { ALL, CIRCULAR, CIRCULAR_CRITERIA } from "../counting/flags.ts";
import { Tally } from "../counting/tally.ts";
import { ComputedFrom } from "./computed-from.ts";

const R = new Int32Array(16);
function tally(limit: number, entries: [string, number][]): Tally {
  const t = new Tally(limit);
  for (const [id, flags] of entries)
    t.add({ id, contractValue: { amount: "1", currency: "EUR" } } as Procurement, flags, R);
  return t;
}

describe("ComputedFrom", () => {
  const a: [string, number][] = [
    ["p3", CIRCULAR],
    ["p1", 0],
    ["p3", 0],
  ];
  const b: [string, number][] = [
    ["p2", CIRCULAR],
    ["p0", 0],
  ];

  it("lists identifiers sorted and once, across the tallies of a subject", () => {
    const lists = new ComputedFrom([tally(100, a), tally(100, b)], 100);
    expect(lists.list(ALL, 5)).toEqual(["p0", "p1", "p2", "p3"]);
    // p3 is circular in one of its two records
    expect(lists.list(CIRCULAR, 2)).toEqual(["p2", "p3"]);
    expect(lists.list(CIRCULAR, 2)).toBe(lists.list(CIRCULAR, 2));
  });

  it("lists nothing beyond the limit or for nothing counted", () => {
    const lists = new ComputedFrom([tally(3, a), tally(3, b)], 3);
    expect(lists.list(ALL, 5)).toBeUndefined();
    expect(lists.list(CIRCULAR, 2)).toEqual(["p2", "p3"]);
    expect(lists.list(CIRCULAR, 0)).toBeUndefined();
  });

  it("lists an identifier of two tallies once", () => {
    const lists = new ComputedFrom([tally(3, [["p1", CIRCULAR]]), tally(3, [["p1", 0]])], 3);
    expect(lists.list(ALL, 2)).toEqual(["p1"]);
    expect(lists.list(CIRCULAR, 1)).toEqual(["p1"]);
  });

  it("lists from tallies that kept only the procurements a list can name", () => {
    const many = tally(2, [
      ["p5", 0],
      ["p4", CIRCULAR],
      ["p3", 0],
      ["p2", CIRCULAR_CRITERIA],
      ["p1", CIRCULAR],
    ]);
    const lists = new ComputedFrom([many, tally(2, [["p0", CIRCULAR_CRITERIA]])], 2);
    expect(lists.list(CIRCULAR, 2)).toEqual(["p1", "p4"]);
    expect(lists.list(CIRCULAR_CRITERIA, 2)).toEqual(["p0", "p2"]);
  });

  it("refuses a count below what a tally holds rather than give a short list", () => {
    const many = tally(1, [
      ["p1", CIRCULAR],
      ["p2", CIRCULAR],
    ]);
    expect(() => new ComputedFrom([many], 1).list(CIRCULAR, 1)).toThrow(/more than 1: not kept/);
  });
});
