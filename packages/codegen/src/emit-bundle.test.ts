import { describe, expect, test } from "vitest";
import { emitBundle } from "./emit-bundle.ts";
import { readModel } from "./read-model.ts";

describe("emitBundle", () => {
  test("holds the schemas verbatim by file name and the entity names", () => {
    const schemas = [
      {
        file: "year.schema.json",
        json: { $id: "https://mra-circulair.nl/schema/1.0/year.schema.json", type: "integer", minimum: 1, maximum: 2 },
      },
      {
        file: "common.schema.json",
        json: { $id: "https://mra-circulair.nl/schema/1.0/common.schema.json", $defs: {} },
      },
    ];
    const { content } = emitBundle(schemas, [], readModel(schemas));
    expect(content.indexOf('"common.schema.json"')).toBeLessThan(content.indexOf('"year.schema.json"'));
    expect(content).toContain('    "minimum": 1,');
    expect(content).toContain('export const entityNames = {\n  "Year": "year.schema.json",\n} as const;');
    expect(content).toContain("export const codelists = {\n\n} as const;");
  });
});
