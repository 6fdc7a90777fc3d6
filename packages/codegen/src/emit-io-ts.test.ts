import { describe, expect, test } from "vitest";
import { emitIoTs, ioTsNode } from "./emit-io-ts.ts";
import type { Node } from "./model.ts";
import { readModel } from "./read-model.ts";

const expression = (node: Node, helpers = new Set<string>()): string => ioTsNode(node, "", helpers);

describe("ioTsNode", () => {
  test("uses the runtime combinators instead of bare t.number and t.type", () => {
    expect(expression({ kind: "string", minLength: 1, pattern: "^x$" })).toBe(
      "boundedString({ minLength: 1, pattern: /^x$/u })",
    );
    expect(expression({ kind: "string" })).toBe("t.string");
    expect(expression({ kind: "string", format: "date" })).toBe("calendarDate()");
    expect(expression({ kind: "string", format: "date-time", maxLength: 35, pattern: "^.+$" })).toBe(
      "dateTime({ maxLength: 35, pattern: /^.+$/u })",
    );
    expect(expression({ kind: "integer", minimum: -5, maximum: 5 })).toBe("integer(-5, 5)");
    expect(expression({ kind: "number" })).toBe("finiteNumber()");
    expect(expression({ kind: "enum", values: ["a", "b"] })).toBe('stringEnum(["a", "b"])');
    expect(expression({ kind: "array", items: { kind: "ref", name: "Code" }, minItems: 1, uniqueItems: true })).toBe(
      "boundedArray(Code, { minItems: 1, uniqueItems: true })",
    );
  });

  test("splits object properties into required and optional", () => {
    const helpers = new Set<string>();
    const node: Node = {
      kind: "object",
      properties: [
        { name: "a", node: { kind: "boolean" }, required: false, doc: { deprecated: false } },
        { name: "b", node: { kind: "null" }, required: true, doc: { deprecated: false } },
      ],
    };
    expect(expression(node, helpers)).toBe("strictObject({\n  b: t.null,\n}, {\n  a: t.boolean,\n})");
    expect([...helpers]).toEqual(["strictObject"]);
    expect(expression({ kind: "object", properties: [] })).toBe("strictObject({})");
  });

  test("turns anyOf into t.union and a single variant into itself", () => {
    expect(
      expression({
        kind: "anyOf",
        variants: [
          { kind: "ref", name: "A" },
          { kind: "ref", name: "B" },
        ],
      }),
    ).toBe("t.union([A, B])");
    expect(expression({ kind: "anyOf", variants: [{ kind: "ref", name: "A" }] })).toBe("A");
  });
});

describe("emitIoTs", () => {
  test("exports a codec and its type per named type", () => {
    const model = readModel([
      {
        file: "year.schema.json",
        json: { $id: "https://mra-circulair.nl/schema/1.0/year.schema.json", type: "integer", minimum: 1, maximum: 9 },
      },
    ]);
    expect(emitIoTs(model).content).toContain(
      'import * as t from "io-ts";\nimport { integer } from "../runtime/index.ts";\n\nexport const Year = integer(1, 9);\nexport type Year = t.TypeOf<typeof Year>;\n',
    );
  });
});
