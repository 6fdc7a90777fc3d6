import fc from "fast-check";
import { appendPointer } from "../json-pointer.ts";
import type { ArrayNode, NumberNode, ObjectNode, SchemaNode, StringNode } from "./schema-tree.ts";
import { brokenDates, brokenDateTimes, codePointLength, nearMisses, patternBreakers, trickyCodes } from "./strings.ts";
import { sizedArray, validObject, validString, validValue } from "./valid.ts";

/** A value the schema must reject, with the pointer of the one change that makes it invalid. */
export interface Mutant {
  readonly value: unknown;
  /** Relative to the value: where the change was made. */
  readonly pointer: string;
  readonly mutation: string;
}

/** Keys that no object of the standard declares, including the ones that JSON.parse keeps as own keys. */
const unknownKeys = ["__proto__", "constructor", "prototype", "toString", "valueOf", "extra", "Id", ""];

const wrongTypes: Record<string, readonly unknown[]> = {
  string: [0, 12.5, true, null, {}, []],
  integer: ["2025", 2025.5, true, null, {}, []],
  number: ["1", true, null, {}, []],
  boolean: ["false", 0, 1, null, {}, []],
  object: ["{}", 0, true, null, []],
  array: ["[]", 0, true, null, {}],
};

// the largest array or string a mutation builds past its bound
const maxItemsToExceed = 200;
const maxLengthToExceed = 20_000;

/** Copies an object and defines an own enumerable property, so that "__proto__" becomes a key and not a prototype. */
export function withKey(
  object: Readonly<Record<string, unknown>>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const mutantOf =
  (mutation: string) =>
  (value: string): Mutant => ({ value, pointer: "", mutation: `${mutation} ${JSON.stringify(value)}` });

function wrongType(kind: string): fc.Arbitrary<Mutant> {
  return fc
    .constantFrom(...(wrongTypes[kind] ?? []))
    .map((value) => ({ value, pointer: "", mutation: `${JSON.stringify(value)} for a ${kind}` }));
}

/**
 * Typed mutations of otherwise valid values: a required property removed, an unknown key added, a value of the wrong
 * JSON type, a code outside its list, a broken pattern or date, a length or item count past its bound, a repeated
 * item in a uniqueItems array. Inside an anyOf, the discriminating constant of the mutated variant keeps the other
 * variants from matching.
 */
export class TypedMutations {
  readonly #codes: ReadonlySet<string>;
  readonly #memo = new Map<SchemaNode, Map<number, fc.Arbitrary<Mutant>>>();

  /** @param codes every enum and const string of the bundle: a changed code must be none of them */
  constructor(codes: ReadonlySet<string>) {
    this.#codes = codes;
  }

  /** One mutation somewhere in a value of the node, at or below it. */
  of(node: SchemaNode, depth = 0): fc.Arbitrary<Mutant> {
    const level = Math.min(depth, 5);
    let byDepth = this.#memo.get(node);
    if (byDepth === undefined) {
      byDepth = new Map();
      this.#memo.set(node, byDepth);
    }
    let arbitrary = byDepth.get(level);
    if (arbitrary === undefined) {
      arbitrary = fc.oneof(...this.#options(node, level));
      byDepth.set(level, arbitrary);
    }
    return arbitrary;
  }

  #options(node: SchemaNode, depth: number): fc.Arbitrary<Mutant>[] {
    switch (node.kind) {
      case "object":
        return this.#object(node, depth);
      case "array":
        return this.#array(node, depth);
      case "string":
        return this.#string(node, depth);
      case "integer":
      case "number":
        return numberMutations(node);
      case "boolean":
        return [wrongType("boolean")];
      case "anyOf": {
        const kinds = new Set(node.variants.map((variant) => variant.kind));
        const [kind] = kinds;
        if (kinds.size !== 1 || kind === undefined || kind === "anyOf") {
          throw new Error(`${node.location}: anyOf variants of mixed kinds are not supported`);
        }
        return [wrongType(kind), ...node.variants.map((variant) => this.of(variant, depth))];
      }
    }
  }

  #object(node: ObjectNode, depth: number): fc.Arbitrary<Mutant>[] {
    const valid = validObject(node, depth);
    const declared = new Set(node.properties.map(([key]) => key));
    const result: fc.Arbitrary<Mutant>[] = [wrongType("object")];
    if (node.required.length > 0) {
      result.push(
        fc.tuple(valid, fc.constantFrom(...node.required)).map(([object, key]) => {
          const { [key]: _removed, ...rest } = object;
          return { value: rest, pointer: appendPointer("", key), mutation: `without required ${key}` };
        }),
      );
    }
    const keys = unknownKeys.filter((key) => !declared.has(key));
    result.push(
      fc.tuple(valid, fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 2 })).map(([object, key, value]) => ({
        value: withKey(object, key, value),
        pointer: appendPointer("", key),
        mutation: `unknown key ${JSON.stringify(key)}`,
      })),
    );
    for (const [key, child] of node.properties) {
      result.push(
        fc.tuple(valid, this.of(child, depth + 1)).map(([object, mutant]) => ({
          value: withKey(object, key, mutant.value),
          pointer: appendPointer("", key) + mutant.pointer,
          mutation: mutant.mutation,
        })),
      );
    }
    return result;
  }

  #array(node: ArrayNode, depth: number): fc.Arbitrary<Mutant>[] {
    const result: fc.Arbitrary<Mutant>[] = [wrongType("array")];
    const few = Math.min(node.maxItems, Math.max(node.minItems, 3));
    if (node.minItems > 0) {
      result.push(
        sizedArray(node, depth, node.minItems, few).map((items) => ({
          value: items.slice(0, node.minItems - 1),
          pointer: "",
          mutation: `${node.minItems - 1} items, minItems ${node.minItems}`,
        })),
      );
    }
    if (node.maxItems <= maxItemsToExceed) {
      const count = node.maxItems + 1;
      const codes = node.items.kind === "string" ? node.items.values : undefined;
      // more items than there are codes: they cannot all differ, so the array breaks uniqueItems as well
      const items: fc.Arbitrary<unknown[]> =
        node.uniqueItems && codes !== undefined && codes.length < count
          ? fc.constant(Array.from({ length: count }, (_, index) => codes[index % codes.length]))
          : node.uniqueItems
            ? fc.uniqueArray(validValue(node.items, depth + 1), { minLength: count, maxLength: count })
            : fc.array(validValue(node.items, depth + 1), { minLength: count, maxLength: count });
      result.push(
        items.map((value) => ({ value, pointer: "", mutation: `${count} items, maxItems ${node.maxItems}` })),
      );
    }
    if (node.uniqueItems && node.maxItems >= 2) {
      result.push(
        sizedArray(node, depth, Math.max(node.minItems, 1), Math.min(node.maxItems - 1, 3)).map((items) => ({
          value: [...items, items[0]],
          pointer: "",
          mutation: `a repeated item ${JSON.stringify(items[0])}`,
        })),
      );
    }
    if (node.maxItems > 0) {
      result.push(
        fc
          .tuple(
            sizedArray(node, depth, Math.max(node.minItems, 1), Math.max(few, 1)),
            fc.nat(),
            this.of(node.items, depth + 1),
          )
          .map(([items, position, mutant]) => {
            const index = position % items.length;
            const value = [...items];
            value[index] = mutant.value;
            return { value, pointer: appendPointer("", index) + mutant.pointer, mutation: mutant.mutation };
          }),
      );
    }
    return result;
  }

  #string(node: StringNode, depth: number): fc.Arbitrary<Mutant>[] {
    const result: fc.Arbitrary<Mutant>[] = [wrongType("string")];
    const withinLengths = (value: string): boolean => {
      const length = codePointLength(value);
      return length >= node.minLength && length <= node.maxLength;
    };
    if (node.values !== undefined) {
      // a code of another list, or another variant's constant, could be valid here or let another variant match
      const candidates = [...new Set([...node.values.flatMap(nearMisses), ...trickyCodes])].filter(
        (value) => !this.#codes.has(value) && withinLengths(value),
      );
      result.push(fc.constantFrom(...candidates).map(mutantOf("code outside the list")));
      return result;
    }
    if (node.format === "date")
      result.push(fc.constantFrom(...brokenDates.filter(withinLengths)).map(mutantOf("not a calendar date")));
    if (node.format === "date-time")
      result.push(fc.constantFrom(...brokenDateTimes.filter(withinLengths)).map(mutantOf("not a date-time")));
    const valid = validString(node, depth);
    const pattern = node.pattern;
    if (pattern !== undefined && node.format === undefined) {
      result.push(
        valid
          .chain((value) => {
            const candidates = [
              ` ${value}`,
              `${value} `,
              `${value}\n`,
              `${value}\u00a0`,
              value.toUpperCase(),
              value.replace(/[.-]/, ","),
              ...patternBreakers,
            ];
            return fc.constantFrom(
              ...candidates.filter((candidate) => !pattern.test(candidate) && withinLengths(candidate)),
            );
          })
          .map(mutantOf("breaks the pattern")),
      );
    }
    if (node.maxLength < maxLengthToExceed) {
      // astral padding: one code point but two UTF-16 units, so a count in units would overshoot
      result.push(
        valid
          .map((value) => `${value}${"🌷".repeat(node.maxLength + 1 - codePointLength(value))}`)
          .map(mutantOf(`maxLength ${node.maxLength} + 1:`)),
      );
    }
    if (node.minLength > 0)
      result.push(fc.constant("x".repeat(node.minLength - 1)).map(mutantOf(`minLength ${node.minLength} - 1:`)));
    return result;
  }
}

function numberMutations(node: NumberNode): fc.Arbitrary<Mutant>[] {
  const values = [node.minimum - 1, node.maximum + 1].filter((value) => Number.isSafeInteger(value));
  if (node.kind === "integer") values.push(node.minimum + 0.5);
  return [
    wrongType(node.kind),
    fc
      .constantFrom(...values)
      .map((value) => ({ value, pointer: "", mutation: `${value} outside ${node.minimum}..${node.maximum}` })),
  ];
}
