import { describe, expect, it } from "vitest";
import { entityTree } from "./arbitrary/entities.ts";
import type { SchemaNode, StringNode } from "./arbitrary/schema-tree.ts";
import { codePointLength } from "./arbitrary/strings.ts";
import { entityNames } from "./bundle.ts";

// ajv 8.20 checks uniqueItems on typed string items with a plain {} index, so two "__proto__" items pass as unique
// while zod and io-ts reject them; the verdicts stay equal only while no such array can hold "__proto__"
function canHold(item: StringNode, value: string): boolean {
  const length = codePointLength(value);
  if (length < item.minLength || length > item.maxLength) return false;
  if (item.values !== undefined) return item.values.includes(value);
  return item.pattern === undefined || item.pattern.test(value);
}

function uniqueArraysHolding(node: SchemaNode, value: string, seen = new Set<SchemaNode>()): string[] {
  if (seen.has(node)) return [];
  seen.add(node);
  switch (node.kind) {
    case "object":
      return node.properties.flatMap(([, child]) => uniqueArraysHolding(child, value, seen));
    case "anyOf":
      return node.variants.flatMap((variant) => uniqueArraysHolding(variant, value, seen));
    case "array": {
      const here =
        node.uniqueItems && node.items.kind === "string" && canHold(node.items, value) ? [node.location] : [];
      return [...here, ...uniqueArraysHolding(node.items, value, seen)];
    }
    default:
      return [];
  }
}

describe("uniqueItems and ajv's plain-object index", () => {
  it.each(entityNames)("no uniqueItems array of %s can hold the item __proto__", (entity) => {
    expect(uniqueArraysHolding(entityTree(entity), "__proto__")).toEqual([]);
  });
});
