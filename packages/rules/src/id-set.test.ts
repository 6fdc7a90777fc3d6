import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hash64, IdSet } from "./id-set.ts";

describe("IdSet", () => {
  it("answers like a Set<string>", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 300 }), fc.string(), (ids, probe) => {
        const set = new IdSet();
        const reference = new Set<string>();
        for (const id of ids) expect(set.add(id)).toBe(!reference.has(id) && Boolean(reference.add(id)));
        expect(set.size).toBe(reference.size);
        expect(set.has(probe)).toBe(reference.has(probe));
      }),
    );
  });

  it("grows past its first table without losing ids, and stays within 32 bytes per id", () => {
    const set = new IdSet();
    const ids = Array.from({ length: 50_000 }, (_, i) => `proc-GM0363-2024-${String(i).padStart(7, "0")}`);
    for (const id of ids) expect(set.add(id)).toBe(true);
    expect(ids.every((id) => set.has(id))).toBe(true);
    expect(set.has("proc-GM0363-2024-0050000")).toBe(false);
    expect(set.byteLength).toBeLessThanOrEqual(32 * set.size);
  });

  it("tells apart ids that differ in one character, in length or in order", () => {
    const pairs = [
      ["a", "b"],
      ["ab", "ba"],
      ["", "\u0000"],
      ["GM0363", "GM0364"],
      ["x", "xx"],
    ];
    for (const [a, b] of pairs) {
      const ha = [...hash64(a ?? "")];
      const hb = [...hash64(b ?? "")];
      expect(ha).not.toEqual(hb);
    }
  });
});
