import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recordsFromDataset } from "../testing/records.ts";
import { itemTypeEntities } from "./entities.ts";
import { readingOrder, readingRank } from "./reading-order.ts";
import { referencesOf } from "./references.ts";

const file = new URL("../../../../examples/mra-example.dataset.json", import.meta.url);
const dataset = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
// a target is declared inside a declaration or a goal
const rankOf = (entity: string) => readingRank(entity === "Target" ? "Goal" : entity);

describe("readingOrder", () => {
  it("holds every entity of a dataset once", () => {
    const entities = new Set(recordsFromDataset(dataset, "example.json").map((record) => record.entity));
    expect([...entities].sort()).toEqual([...readingOrder].sort());
    expect(new Set(readingOrder).size).toBe(readingOrder.length);
  });

  it("puts every entity after the entities its records refer to, in the example dataset", () => {
    const forward = recordsFromDataset(dataset, "example.json").flatMap((record) =>
      referencesOf(record.entity, record.value)
        .filter(({ target }) => target !== "Subregion" && target !== record.entity)
        .filter(({ target }) => rankOf(target) >= rankOf(record.entity))
        .map(({ target }) => `${record.entity} -> ${target}`),
    );
    expect(forward).toEqual([]);
  });

  it("puts MVI links after every kind of item they can link", () => {
    for (const [itemType, entity] of Object.entries(itemTypeEntities)) {
      const [reference] = referencesOf("MviLink", { from: { itemType, id: "X-1" } });
      expect(reference?.target).toBe(entity);
      expect(rankOf(entity)).toBeLessThan(rankOf("MviLink"));
    }
  });
});
