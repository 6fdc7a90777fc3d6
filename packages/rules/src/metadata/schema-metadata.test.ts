import { describe, expect, it } from "vitest";
import { bundledMetadata, bundledSource } from "./bundled.ts";
import { createSchemaMetadata, type SchemaNode } from "./schema-metadata.ts";

// every place in an entity where the schema allows "", [] or {}, as Entity/pointer with * for array items
function emptyAllowed(entity: string, node: SchemaNode, pointer: string, required: boolean, out: string[], depth = 0) {
  if (depth > 12) return;
  const nodes = node.anyOf.length > 0 ? node.anyOf : [node];
  for (const branch of nodes) {
    if (pointer !== "" && branch.emptyAllowed) out.push(`${entity}${pointer}${required ? " (required)" : ""}`);
    if (branch.items) emptyAllowed(entity, branch.items, `${pointer}/*`, false, out, depth + 1);
    for (const [name, property] of branch.properties)
      emptyAllowed(entity, property, `${pointer}/${name}`, branch.required.has(name), out, depth + 1);
  }
}

describe("bundled metadata", () => {
  const metadata = bundledMetadata();

  it("knows every entity of the schema bundle and the dataset's metadata", () => {
    for (const entity of Object.keys(bundledSource.entities)) expect(metadata.entity(entity)).toBeDefined();
    expect(metadata.entity("DatasetMeta")?.required).toEqual(
      new Set(["schemaVersion", "id", "publisher", "license", "publishedAt"]),
    );
    expect(metadata.entity("toString")).toBeUndefined();
  });

  it("answers codelist questions with Maps, so odd names find nothing", () => {
    expect(metadata.hasCode("procedure-type", "openbaar")).toBe(true);
    expect(metadata.hasCode("procedure-type", "constructor")).toBe(false);
    expect(metadata.hasCode("__proto__", "x")).toBeUndefined();
    expect(metadata.isDeprecated("unit", "percent")).toBe(false);
    expect(metadata.codelist("unit")?.open).toBe(false);
  });

  it("has no deprecated property and no deprecated code in version 1.0", () => {
    const deprecated: string[] = [];
    const walk = (entity: string, node: SchemaNode, pointer: string, depth = 0) => {
      if (depth > 12) return;
      if (node.deprecated) deprecated.push(`${entity}${pointer}`);
      for (const branch of node.anyOf) walk(entity, branch, pointer, depth + 1);
      if (node.items) walk(entity, node.items, `${pointer}/*`, depth + 1);
      for (const [name, property] of node.properties) walk(entity, property, `${pointer}/${name}`, depth + 1);
    };
    for (const entity of Object.keys(bundledSource.entities)) walk(entity, metadata.entity(entity) as SchemaNode, "");
    expect(deprecated).toEqual([]);
    const codes = Object.values(bundledSource.codelists).flatMap((list) => list.codes);
    expect(codes.filter((c) => c.deprecated)).toEqual([]);
  });

  it("allows empty values exactly where the empty-value docs say, and exempts the required ones named there", () => {
    const out: string[] = [];
    for (const entity of ["Organisation", "Declaration", "Goal", "Procurement"])
      emptyAllowed(entity, metadata.entity(entity) as SchemaNode, "", false, out);
    expect(out.filter((place) => place.endsWith("(required)")).sort()).toEqual(
      [
        "Declaration/targets (required)",
        "Goal/targets (required)",
        "Organisation/identifiers (required)",
        "Procurement/criteriaApplied (required)",
        "Procurement/dates (required)",
        "Procurement/eforms/environmentalImpact (required)",
        "Procurement/eforms/gppCriteria (required)",
        "Procurement/eforms/strategicProcurement (required)",
        "Procurement/mvoiThemes (required)",
      ].sort(),
    );
  });

  it("allows empty values in no required property of any other entity", () => {
    const out: string[] = [];
    for (const entity of Object.keys(bundledSource.entities)) {
      if (
        ["Organisation", "Declaration", "Goal", "Procurement", "Dataset", "DatasetRecord", "Codelist"].includes(entity)
      )
        continue;
      emptyAllowed(entity, metadata.entity(entity) as SchemaNode, "", false, out);
    }
    expect(out.filter((place) => place.endsWith("(required)"))).toEqual([]);
  });
});

describe("createSchemaMetadata", () => {
  it("survives a schema that refers to itself", () => {
    const metadata = createSchemaMetadata({
      schemas: {
        "a.schema.json": { $ref: "#", properties: { child: { $ref: "#" } }, type: "object" },
        "b.schema.json": { $ref: "#" },
      },
      entities: { A: "a.schema.json", B: "b.schema.json" },
      codelists: {},
    });
    expect(metadata.nodeAt("A", "/child/child/child")).toBeDefined();
    expect(metadata.entity("B")?.properties.size).toBe(0);
  });

  it("resolves absolute $id references by file name", () => {
    const metadata = createSchemaMetadata({
      schemas: {
        "a.schema.json": {
          type: "object",
          properties: { x: { $ref: "https://example.org/schema/1.0/b.schema.json#/$defs/X" } },
        },
        "b.schema.json": { $defs: { X: { type: "string", "x-codelist": "c", "x-openCodelist": true } } },
      },
      entities: { A: "a.schema.json" },
      codelists: { c: { open: true, codes: [] } },
    });
    expect(metadata.nodeAt("A", "/x")?.codelist).toEqual({ codelist: "c", open: true });
  });
});
