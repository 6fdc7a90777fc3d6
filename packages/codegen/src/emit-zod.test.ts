import { describe, expect, test } from "vitest";
import { emitZod, zodNode } from "./emit-zod.ts";
import type { Node } from "./model.ts";
import { readModel } from "./read-model.ts";

const expression = (node: Node): string => zodNode(node, "", new Set());

describe("zodNode", () => {
  test("counts string lengths in code points and keeps the pattern's u flag", () => {
    expect(expression({ kind: "string", minLength: 1, maxLength: 8, pattern: "^a/b$" })).toBe(
      "z.string().check(codePoints({ min: 1, max: 8 })).regex(/^a\\/b$/u)",
    );
  });

  test("checks calendar dates and date-times with their pattern", () => {
    expect(expression({ kind: "string", format: "date", maxLength: 10 })).toBe(
      "z.iso.date().check(codePoints({ max: 10 }))",
    );
    expect(expression({ kind: "string", format: "date-time", pattern: "^.+Z$" })).toBe(
      "z.iso.datetime({ offset: true }).regex(/^.+Z$/u)",
    );
  });

  test("bounds integers, numbers and arrays", () => {
    expect(expression({ kind: "integer", minimum: 1900, maximum: 2100 })).toBe("z.int().min(1900).max(2100)");
    expect(expression({ kind: "number", minimum: 0 })).toBe("z.number().min(0)");
    expect(expression({ kind: "array", items: { kind: "ref", name: "Code" }, maxItems: 3, uniqueItems: true })).toBe(
      "z.array(Code).max(3).check(uniqueItems())",
    );
  });

  test("makes strict objects with exact optional properties", () => {
    const node: Node = {
      kind: "object",
      properties: [
        { name: "id", node: { kind: "ref", name: "Identifier" }, required: true, doc: { deprecated: false } },
        {
          name: "old-name",
          node: { kind: "boolean" },
          required: false,
          doc: { description: "Gone.", deprecated: true },
        },
      ],
    };
    expect(expression(node)).toBe(
      'z.strictObject({\n  id: Identifier,\n  /**\n   * Gone.\n   *\n   * @deprecated\n   */\n  "old-name": z.exactOptional(z.boolean()),\n})',
    );
  });

  test("turns anyOf into a union, enum and const into literals", () => {
    const node: Node = {
      kind: "anyOf",
      variants: [
        { kind: "enum", values: ["a", "b"] },
        { kind: "const", value: null },
      ],
    };
    expect(expression(node)).toBe('z.union([z.enum(["a", "b"]), z.literal(null)])');
  });
});

describe("emitZod", () => {
  test("emits each named type once, dependencies first, importing only the helpers it uses", () => {
    const model = readModel([
      {
        file: "thing.schema.json",
        json: {
          $id: "https://mra-circulair.nl/schema/1.0/thing.schema.json",
          description: "A thing.",
          "x-nl": { title: "Ding" },
          type: "object",
          additionalProperties: false,
          required: ["part"],
          properties: { part: { $ref: "#/$defs/Part", description: "Its part." } },
          $defs: { Part: { type: "string", maxLength: 4 } },
        },
      },
    ]);
    const { content } = emitZod(model);
    expect(content).toContain('import { z } from "zod";\nimport { codePoints } from "../runtime/index.ts";');
    expect(content).toContain(
      "export const Part = z.string().check(codePoints({ max: 4 }));\nexport type Part = z.infer<typeof Part>;",
    );
    expect(content).toContain(
      "/** A thing. (nl: Ding) */\nexport const Thing = z.strictObject({\n  /** Its part. */\n  part: Part,\n});",
    );
    expect(content.indexOf("export const Part")).toBeLessThan(content.indexOf("export const Thing"));
  });
});
