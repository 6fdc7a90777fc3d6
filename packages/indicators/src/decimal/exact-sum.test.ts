import { describe, expect, it } from "vitest";
import { ExactSum } from "./exact-sum.ts";

// a deterministic stream of amounts with 0 to 2 decimals, from a linear congruential generator
function* amounts(count: number, seed: number): Generator<string> {
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const cents = (state % 100_000_000) * 997 + (i % 100);
    const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
    yield i % 3 === 0 ? text.replace(/\.?0+$/, "") || "0" : text;
  }
}

describe("ExactSum", () => {
  it("sums 1,000,000 amounts to exactly the sum of their integer cents", () => {
    const sum = new ExactSum(2);
    let reference = 0n;
    for (const amount of amounts(1_000_000, 20180620)) {
      sum.add(amount);
      const [whole = "0", fraction = ""] = amount.split(".");
      reference += BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
    }
    expect(sum.units).toBe(reference);
  });

  it("moves to a bigint before a Number would lose digits", () => {
    const sum = new ExactSum(2);
    for (let i = 0; i < 20; i++) sum.add("999999999999.99");
    sum.add("0.01");
    expect(sum.units).toBe(99999999999999n * 20n + 1n);
    sum.add("123456789012345678.5");
    expect(sum.units).toBe(99999999999999n * 20n + 1n + 12345678901234567850n);
  });

  it("adds sums of the same scale and refuses other scales", () => {
    const a = new ExactSum(6);
    a.add("1.000001");
    const b = new ExactSum(6);
    b.add("2");
    a.addSum(b);
    expect(a.units).toBe(3_000_001n);
    expect(() => a.addSum(new ExactSum(2))).toThrow(RangeError);
  });

  it.each(["", "1,5", "-1", "01", "1.", "1.234", "1e3", " 1"])("refuses %j as an amount", (text) => {
    expect(() => new ExactSum(2).add(text)).toThrow(RangeError);
  });
});
