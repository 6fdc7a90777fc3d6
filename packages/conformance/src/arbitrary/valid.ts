import fc from "fast-check";
import type { ArrayNode, ObjectNode, SchemaNode, StringNode } from "./schema-tree.ts";
import {
  calendarDate,
  codePointLength,
  codePoints,
  codePointsOfLength,
  dateTime,
  notableValues,
  unicodeHttpUrl,
} from "./strings.ts";

// deeper arrays hold fewer items, so that a whole dataset stays small
const itemCap = (depth: number): number => (depth <= 1 ? 4 : depth <= 3 ? 2 : 1);
// strings at their maxLength only near the top, where few of them are
const boundaryDepth = 2;
const memo = new Map<SchemaNode, Map<number, fc.Arbitrary<unknown>>>();

/** Values the schema accepts: every generated value must pass ajv, zod and io-ts. */
export function validValue(node: SchemaNode, depth = 0): fc.Arbitrary<unknown> {
  const level = Math.min(depth, 5);
  let byDepth = memo.get(node);
  if (byDepth === undefined) {
    byDepth = new Map();
    memo.set(node, byDepth);
  }
  let arbitrary = byDepth.get(level);
  if (arbitrary === undefined) {
    arbitrary = build(node, level);
    byDepth.set(level, arbitrary);
  }
  return arbitrary;
}

function build(node: SchemaNode, depth: number): fc.Arbitrary<unknown> {
  switch (node.kind) {
    case "object":
      return validObject(node, depth);
    case "array":
      return validArray(node, depth, Math.min(node.maxItems, Math.max(node.minItems, itemCap(depth))));
    case "string":
      return validString(node, depth);
    case "integer":
      return fc.integer({ min: node.minimum, max: node.maximum });
    case "number":
      return fc.double({ min: node.minimum, max: node.maximum, noNaN: true, noDefaultInfinity: true });
    case "boolean":
      return fc.boolean();
    case "anyOf":
      return fc.oneof(...node.variants.map((variant) => validValue(variant, depth)));
  }
}

/** An object with every required property and some of the optional ones. */
export function validObject(node: ObjectNode, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, child] of node.properties) model[key] = validValue(child, depth + 1);
  return fc.record(model, { requiredKeys: [...node.required] });
}

/** An array within minItems and the given upper bound; sometimes exactly at a small maxItems. */
export function validArray(node: ArrayNode, depth: number, upTo: number): fc.Arbitrary<unknown[]> {
  const usual = sizedArray(node, depth, node.minItems, upTo);
  if (node.maxItems > upTo && node.maxItems <= 10) {
    return fc.oneof(
      { weight: 4, arbitrary: usual },
      { weight: 1, arbitrary: sizedArray(node, depth, node.maxItems, node.maxItems) },
    );
  }
  return usual;
}

/** An array of valid items with a length in the given bounds, unique when the schema says so. */
export function sizedArray(
  node: ArrayNode,
  depth: number,
  minLength: number,
  maxLength: number,
): fc.Arbitrary<unknown[]> {
  const item = node.items;
  if (!node.uniqueItems) return fc.array(validValue(item, depth + 1), { minLength, maxLength });
  // a subarray of the codes is unique by construction, even when it takes all of them
  if (item.kind === "string" && item.values !== undefined)
    return fc.shuffledSubarray([...item.values], { minLength, maxLength });
  return fc.uniqueArray(validValue(item, depth + 1), { minLength, maxLength });
}

export function validString(node: StringNode, depth: number): fc.Arbitrary<string> {
  if (node.values !== undefined) return fc.constantFrom(...node.values);
  if (node.format === "date") return calendarDate;
  if (node.format === "date-time") return dateTime;
  const notable = node.name === undefined ? undefined : notableValues[node.name];
  const options: fc.Arbitrary<string>[] = [];
  if (node.pattern !== undefined) {
    const { pattern, minLength, maxLength } = node;
    options.push(
      fc.stringMatching(pattern, { maxLength: Math.min(maxLength, 200) }).filter((value) => {
        const length = codePointLength(value);
        return length >= minLength && length <= maxLength;
      }),
    );
    if (node.name === "HttpUrl") options.push(unicodeHttpUrl);
  } else {
    options.push(codePoints(node.minLength, Math.max(node.minLength, Math.min(node.maxLength, 24))));
    if (depth <= boundaryDepth && node.maxLength <= 10_000) options.push(codePointsOfLength(node.maxLength));
  }
  if (notable !== undefined) options.push(fc.constantFrom(...notable));
  const [first, ...rest] = options;
  if (first === undefined) throw new Error(`${node.location}: no way to generate a string`);
  // the first option, the general one, gets most of the weight
  return rest.length === 0
    ? first
    : fc.oneof({ weight: 2 * rest.length, arbitrary: first }, ...rest.map((arbitrary) => ({ weight: 1, arbitrary })));
}
