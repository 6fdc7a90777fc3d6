import { describe, expect, it } from "vitest";
import { itemsOf } from "./items.ts";

describe("itemsOf", () => {
  it("gives the items of the batches in order, skipping empty batches", async () => {
    async function* batches() {
      yield [1, 2];
      yield [];
      yield [3];
    }
    const items: number[] = [];
    for await (const item of itemsOf(batches())) items.push(item);
    expect(items).toEqual([1, 2, 3]);
  });

  it("keeps the order when next() is called before the last call settled", async () => {
    async function* batches() {
      yield [1];
      yield [2, 3];
    }
    const iterator = itemsOf(batches())[Symbol.asyncIterator]();
    const results = await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next()]);
    expect(results.map((result) => (result.done ? "done" : result.value))).toEqual([1, 2, 3, "done"]);
  });

  it("closes the batches when the loop is left early", async () => {
    let closed = false;
    async function* batches() {
      try {
        yield [1, 2];
        yield [3];
      } finally {
        closed = true;
      }
    }
    for await (const item of itemsOf(batches())) if (item === 1) break;
    expect(closed).toBe(true);
  });
});
