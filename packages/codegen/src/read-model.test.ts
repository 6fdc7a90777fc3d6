import { describe, expect, test } from "vitest";
import { readModel, type SourceFile } from "./read-model.ts";

const file = (name: string, schema: Record<string, unknown>): SourceFile => ({
  file: name,
  json: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://mra-circulair.nl/schema/1.0/${name}`,
    ...schema,
  },
});
const common = file("common.schema.json", {
  $defs: { Name: { type: "string", maxLength: 10 }, Names: { type: "array", items: { $ref: "#/$defs/Name" } } },
});

describe("readModel", () => {
  test("names entities after their file and $defs after their key, dependencies first", () => {
    const model = readModel([
      file("purchase-package.schema.json", {
        type: "object",
        additionalProperties: false,
        properties: { part: { $ref: "#/$defs/Part" }, names: { $ref: "common.schema.json#/$defs/Names" } },
        $defs: { Part: { type: "string", maxLength: 3 } },
      }),
      common,
    ]);
    expect(model.definitions.map((d) => d.name)).toEqual(["Name", "Names", "Part", "PurchasePackage"]);
    expect([...model.entities]).toEqual([["PurchasePackage", "purchase-package.schema.json"]]);
  });

  test("resolves a $ref to a whole entity file", () => {
    const model = readModel([
      file("line.schema.json", {
        type: "object",
        additionalProperties: false,
        properties: { r: { $ref: "record.schema.json" } },
      }),
      file("record.schema.json", { type: "boolean" }),
    ]);
    const line = model.definitions.find((d) => d.name === "Line");
    expect(line?.node).toEqual({
      kind: "object",
      properties: [{ name: "r", node: { kind: "ref", name: "Record" }, required: false, doc: { deprecated: false } }],
    });
  });

  test("refuses a name used twice", () => {
    const twice = file("other.schema.json", { $defs: { Name: { type: "string" } } });
    expect(() => readModel([common, twice])).toThrow(
      "other.schema.json#/$defs/Name: the name Name is already taken by common.schema.json",
    );
  });

  test("refuses a recursive $ref", () => {
    const tree = file("tree.schema.json", {
      type: "object",
      additionalProperties: false,
      properties: { children: { type: "array", items: { $ref: "#" } } },
    });
    expect(() => readModel([tree])).toThrow("tree.schema.json#: recursive $ref (Tree -> Tree) is not supported");
  });

  test("refuses uniqueItems on an array of objects, looking through $refs", () => {
    const list = file("list.schema.json", {
      type: "array",
      uniqueItems: true,
      items: { $ref: "#/$defs/Item" },
      $defs: { Item: { type: "object", additionalProperties: false } },
    });
    expect(() => readModel([list])).toThrow(
      "list.schema.json#/uniqueItems: uniqueItems is only supported on arrays of strings",
    );
    const tags = file("tags.schema.json", {
      type: "array",
      uniqueItems: true,
      items: { $ref: "common.schema.json#/$defs/Name" },
    });
    expect(() => readModel([common, tags])).not.toThrow();
  });

  test("refuses an $id that does not end in the file name", () => {
    const moved = {
      file: "a.schema.json",
      json: { $id: "https://mra-circulair.nl/schema/1.0/b.schema.json", type: "null" },
    };
    expect(() => readModel([moved])).toThrow(
      "a.schema.json#/$id: $id must be an absolute URL ending in /a.schema.json",
    );
  });

  test("refuses an unsupported keyword at the root of a file without an entity", () => {
    const legacy = file("legacy.schema.json", { definitions: { Name: { type: "string" } } });
    expect(() => readModel([legacy])).toThrow('legacy.schema.json#/definitions: unsupported keyword "definitions"');
  });
});
