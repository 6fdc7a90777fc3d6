import { describe, expect, test } from "vitest";
import { readNode } from "./read-node.ts";
import { SchemaError } from "./schema-error.ts";

const context = {
  file: "thing.schema.json",
  resolveRef: (ref: string) => (ref === "common.schema.json#/$defs/Date" ? "Date" : undefined),
  afterwards: () => {},
};
const read = (schema: unknown) => readNode(schema, [], context);
const refusal = (schema: unknown): string => {
  try {
    read(schema);
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return (error as Error).message;
  }
  throw new Error("expected the schema to be refused");
};

describe("readNode", () => {
  test("reads the keyword subset", () => {
    expect(read({ type: "string", minLength: 1, maxLength: 5, pattern: "^a+$" })).toEqual({
      kind: "string",
      minLength: 1,
      maxLength: 5,
      pattern: "^a+$",
    });
    expect(read({ type: "integer", minimum: 0, maximum: 9 })).toEqual({ kind: "integer", minimum: 0, maximum: 9 });
    expect(read({ type: "string", enum: ["a", "b"], "x-codelist": "x", "x-openCodelist": false })).toEqual({
      kind: "enum",
      values: ["a", "b"],
    });
    expect(read({ $ref: "common.schema.json#/$defs/Date", title: "Start" })).toEqual({ kind: "ref", name: "Date" });
    expect(read({ anyOf: [{ const: "x" }, { type: "null" }] })).toEqual({
      kind: "anyOf",
      variants: [{ kind: "const", value: "x" }, { kind: "null" }],
    });
  });

  test("reads object properties with their English description and Dutch label", () => {
    const node = read({
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { type: "string", description: "The name.", "x-nl": { title: "Naam", description: "De naam." } },
        old: { type: "boolean", deprecated: true },
      },
    });
    expect(node).toEqual({
      kind: "object",
      properties: [
        {
          name: "name",
          node: { kind: "string" },
          required: true,
          doc: { description: "The name.", nlTitle: "Naam", deprecated: false },
        },
        { name: "old", node: { kind: "boolean" }, required: false, doc: { deprecated: true } },
      ],
    });
  });

  test("refuses an unsupported keyword with the file and JSON pointer", () => {
    const schema = {
      type: "object",
      additionalProperties: false,
      properties: { "a/b": { oneOf: [{ type: "string" }] } },
    };
    expect(refusal(schema)).toBe('thing.schema.json#/properties/a~1b/oneOf: unsupported keyword "oneOf"');
  });

  test.each([
    [{ type: "string", format: "email", maxLength: 9 }, "#/format: unsupported format"],
    [{ type: "string", format: "date-time", maxLength: 35 }, 'format "date-time" needs a pattern'],
    [{ type: ["string", "null"] }, "#/type: type must be one of"],
    [{ type: "constructor" }, "#/type: type must be one of"],
    [{ type: "integer", minimum: 0 }, "an integer needs minimum and maximum"],
    [{ type: "integer", minimum: 0, maximum: 2 ** 60 }, "#/maximum: maximum must be a number within"],
    [{ type: "object", properties: {} }, "#/additionalProperties: an object needs additionalProperties: false"],
    [
      { type: "object", additionalProperties: false, required: ["x"] },
      '#/required/0: required property "x" is not declared',
    ],
    [
      { type: "object", additionalProperties: false, properties: { constructor: { type: "string" } } },
      "Object.prototype",
    ],
    [
      { $ref: "common.schema.json#/$defs/Date", maxLength: 10 },
      '#/maxLength: "maxLength" cannot be combined with $ref',
    ],
    [{ $ref: "elsewhere.json" }, '#/$ref: $ref "elsewhere.json" does not point at an entity or a $defs entry'],
    [{ type: "string", enum: ["ok", "NOT"], pattern: "^[a-z]+$" }, '#/enum/1: enum value "NOT" breaks'],
    [{ type: "string", pattern: "\\p{Nope}" }, 'does not compile with the "u" flag'],
    [{ type: "array", maxItems: 3 }, "an array needs items"],
    [{ type: "string", $defs: {} }, '#/$defs: "$defs" is only allowed at the root of a file'],
    [{ type: "string", "x-nl": { title: "T", tekst: "?" } }, "x-nl may only hold title and description"],
    [{ title: "nothing" }, "a schema needs one of type, $ref, anyOf, enum or const"],
  ])("refuses %j", (schema, reason) => {
    expect(refusal(schema)).toContain(reason);
  });

  test("refuses an own __proto__ key from JSON.parse", () => {
    expect(refusal(JSON.parse('{"type":"string","__proto__":{}}'))).toContain('unsupported keyword "__proto__"');
  });
});
