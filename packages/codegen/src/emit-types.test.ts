import { describe, expect, test } from "vitest";
import { emitTypes } from "./emit-types.ts";
import { readModel } from "./read-model.ts";

describe("emitTypes", () => {
  test("declares every named type once, keeping descriptions of $refs without numbered copies", async () => {
    const id = (file: string) => `https://mra-circulair.nl/schema/1.0/${file}`;
    const model = readModel([
      {
        file: "common.schema.json",
        json: {
          $id: id("common.schema.json"),
          $defs: { Identifier: { title: "Identifier", type: "string", maxLength: 9 } },
        },
      },
      {
        file: "organisation.schema.json",
        json: {
          $id: id("organisation.schema.json"),
          title: "Organisation",
          type: "object",
          additionalProperties: false,
          required: ["id"],
          properties: {
            id: {
              $ref: "common.schema.json#/$defs/Identifier",
              title: "Identifier",
              description: "Its id.",
              "x-nl": { title: "Id" },
            },
            successor: {
              $ref: "common.schema.json#/$defs/Identifier",
              title: "Successor",
              description: "Who follows.",
            },
            tags: {
              title: "Tags",
              type: "array",
              minItems: 1,
              maxItems: 3,
              items: { type: "string", enum: ["a", "b"] },
            },
            name: { title: "Name", type: "string", deprecated: true, description: "Old name." },
          },
        },
      },
    ]);
    const { content } = await emitTypes(model);
    expect(content).not.toMatch(/Identifier\d|Organisation\d|export (type|interface) (Successor|Tags|Name)\b/);
    expect(content.match(/export type Identifier = string;/g)).toHaveLength(1);
    expect(content).toContain("   * Its id. (nl: Id)\n   */\n  id: Identifier;");
    expect(content).toContain("successor?: Identifier;");
    expect(content).toContain('tags?: ("a" | "b")[];');
    expect(content).toContain("   * Old name.\n   *\n   * @deprecated\n   */\n  name?: string;");
  });
});
