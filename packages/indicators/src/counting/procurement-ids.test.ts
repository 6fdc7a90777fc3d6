import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL, CIRCULAR, CIRCULAR_CRITERIA, CO2E, MATERIAL } from "./flags.ts";
import { ProcurementIds } from "./procurement-ids.ts";

type Entry = readonly [id: string, flags: number];

function idsOf(limit: number, entries: readonly Entry[]): ProcurementIds {
  const ids = new ProcurementIds(limit);
  for (const [id, flags] of entries) ids.add(id, flags);
  return ids;
}

// what a list of `flag` must hold, worked out from all the entries; undefined where more than `limit` carry it
function expected(limit: number, entries: readonly Entry[], flag: number): string[] | undefined {
  const carrying = (bit: number) => entries.filter(([, flags]) => flags & bit).length;
  const bits = [CIRCULAR, CIRCULAR_CRITERIA, MATERIAL, CO2E].filter((bit) => flag & bit);
  const complete = entries.length <= limit || (flag !== ALL && bits.every((bit) => carrying(bit) <= limit));
  if (!complete) return undefined;
  return [...new Set(entries.filter(([, flags]) => flag === ALL || flags & flag).map(([id]) => id))].sort();
}

const FLAGS = [ALL, CIRCULAR, CIRCULAR_CRITERIA, MATERIAL, CO2E, CIRCULAR | CIRCULAR_CRITERIA, MATERIAL | CO2E];

describe("ProcurementIds", () => {
  it("lists the identifiers sorted and once, with the flags of all records of an identifier", () => {
    const ids = idsOf(5, [
      ["p3", CIRCULAR],
      ["p1", 0],
      ["p3", MATERIAL],
    ]);
    expect(ProcurementIds.idsWith([ids], ALL)).toEqual(["p1", "p3"]);
    expect(ProcurementIds.idsWith([ids], CIRCULAR)).toEqual(["p3"]);
    expect(ProcurementIds.idsWith([ids], MATERIAL)).toEqual(["p3"]);
    expect(ProcurementIds.idsWith([ids], CO2E)).toEqual([]);
  });

  it("hands out lists that later procurements leave as they were", () => {
    const ids = idsOf(5, [["p2", CIRCULAR]]);
    const before = ProcurementIds.idsWith([ids], ALL);
    ids.add("p1", 0);
    expect(before).toEqual(["p2"]);
    expect(ProcurementIds.idsWith([ids], ALL)).toEqual(["p1", "p2"]);
  });

  it("merges the lists of several stores, an identifier in two of them once", () => {
    const stores = [
      idsOf(5, [
        ["p3", CIRCULAR],
        ["p1", 0],
      ]),
      idsOf(5, [
        ["p2", CIRCULAR],
        ["p3", 0],
      ]),
      idsOf(5, []),
    ];
    expect(ProcurementIds.idsWith(stores, ALL)).toEqual(["p1", "p2", "p3"]);
    expect(ProcurementIds.idsWith(stores, CIRCULAR)).toEqual(["p2", "p3"]);
  });

  it("counts duplicates as records: two records of one identifier make two against the limit", () => {
    const ids = idsOf(2, [
      ["p1", CIRCULAR],
      ["p1", CIRCULAR],
      ["p2", 0],
    ]);
    expect(() => ProcurementIds.idsWith([ids], ALL)).toThrow(/more than 2: not kept/);
    expect(ProcurementIds.idsWith([ids], CIRCULAR)).toEqual(["p1"]);
  });

  it("keeps beyond the limit only the procurements with a flag that few carry", () => {
    const ids = new ProcurementIds(3);
    for (let i = 0; i < 10_000; i++) ids.add(`p${String(i).padStart(5, "0")}`, i % 4000 === 7 ? CO2E : CIRCULAR);
    expect(ProcurementIds.idsWith([ids], CO2E)).toEqual(["p00007", "p04007", "p08007"]);
    expect(() => ProcurementIds.idsWith([ids], CIRCULAR)).toThrow(/more than 3: not kept/);
    expect(() => ProcurementIds.idsWith([ids], CIRCULAR | CO2E)).toThrow(/not kept/);
    expect(ids.size).toBe(3);
  });

  it("stays within twice what it can still list, as flags pass the limit one after another", () => {
    const ids = new ProcurementIds(10);
    let most = 0;
    // each bit is kept for its first ten procurements, and they are dropped when the eleventh comes
    for (let bit = 0; bit < 28; bit++) {
      for (let i = 0; i < 15; i++) {
        ids.add(`p${bit}-${i}`, 1 << bit);
        most = Math.max(most, ids.size);
      }
    }
    ids.add("last", 1 << 28);
    expect(ProcurementIds.idsWith([ids], 1 << 28)).toEqual(["last"]);
    expect(most).toBeLessThanOrEqual(2 * 11);
  });

  it("gives every list it can give whatever the order of the records, also when asked in between", () => {
    const entry = fc.tuple(
      fc.constantFrom("a", "b", "B", "ä", "a1", "\u{1d49c}", "\uffff", "z"),
      fc.integer({ min: 0, max: 15 }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.array(entry, { maxLength: 40 }),
        fc.array(fc.nat(40)),
        (limit, entries, checkpoints) => {
          const ids = new ProcurementIds(limit);
          entries.forEach(([id, flags], index) => {
            ids.add(id, flags);
            if (!checkpoints.includes(index)) return;
            const added = entries.slice(0, index + 1);
            for (const flag of FLAGS) {
              const list = expected(limit, added, flag);
              if (list) expect(ProcurementIds.idsWith([ids], flag)).toEqual(list);
              else expect(() => ProcurementIds.idsWith([ids], flag)).toThrow();
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
