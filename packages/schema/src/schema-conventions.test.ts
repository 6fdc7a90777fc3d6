import { describe, expect, it } from "vitest";
import { readDiskBundle } from "../scripts/disk-bundle.ts";
import { type CodelistSummary, checkSchemaConventions } from "../scripts/schema-conventions.ts";

const disk = readDiskBundle();
const summaries = new Map<string, CodelistSummary>(
  Object.entries(disk.codelists).map(([id, list]) => [
    id,
    { open: list.open === true, codes: (list.codes as { code: string }[]).map((entry) => entry.code) },
  ]),
);

describe("schema conventions (schemas/README.md)", () => {
  it("hold for every schemas/*.schema.json", () => {
    expect(Object.keys(disk.schemas)).toContain("common.schema.json");
    expect(checkSchemaConventions(disk.schemas, summaries)).toEqual([]);
  });
});

describe("the convention checker", () => {
  const annotated = { title: "T", description: "D", "x-nl": { title: "T", description: "D" } };
  const lists = new Map<string, CodelistSummary>([
    ["colour", { open: false, codes: ["red", "green"] }],
    ["shape", { open: true, codes: ["round"] }],
  ]);
  const check = (schema: Record<string, unknown>, more: Record<string, unknown> = {}) =>
    checkSchemaConventions(
      {
        "x.schema.json": {
          $schema: "https://json-schema.org/draft/2020-12/schema",
          $id: "https://mra-circulair.nl/schema/1.0/x.schema.json",
          ...annotated,
          ...schema,
        },
        ...more,
      },
      lists,
    );

  it("accepts a schema that follows every convention", () => {
    expect(
      check({
        type: "object",
        additionalProperties: false,
        required: ["colour"],
        properties: {
          colour: {
            ...annotated,
            type: "string",
            "x-codelist": "colour",
            "x-openCodelist": false,
            enum: ["green", "red"],
          },
          shape: { ...annotated, type: "string", maxLength: 20, "x-codelist": "shape", "x-openCodelist": true },
          tags: { ...annotated, type: "array", maxItems: 3, uniqueItems: true, items: { $ref: "#/$defs/Tag" } },
          count: { ...annotated, type: "integer", minimum: 0, maximum: 10 },
        },
        $defs: { Tag: { ...annotated, type: "string", maxLength: 10, pattern: "^[a-z]+$" } },
      }),
    ).toEqual([]);
  });

  it("reports each kind of violation with file and pointer", () => {
    const problems = check(
      {
        $id: "https://example.org/x.schema.json",
        type: "object",
        properties: {
          untitled: { type: "string", maxLength: 5 },
          open: { ...annotated, type: "object", properties: {} },
          code: { ...annotated, type: "string", pattern: "^a$" },
          list: {
            ...annotated,
            type: "array",
            uniqueItems: true,
            items: { type: "object", additionalProperties: false },
          },
          big: { ...annotated, type: "integer", minimum: 0, maximum: 2 ** 60 },
          unbounded: { ...annotated, type: "integer" },
          unions: { ...annotated, type: ["string", "null"] },
          when: { ...annotated, type: "string", format: "email", maxLength: 5 },
          odd: { ...annotated, type: "string", oneOf: [] },
          colour: { ...annotated, type: "string", "x-codelist": "colour", "x-openCodelist": false, enum: ["red"] },
          shape: { ...annotated, type: "string", "x-codelist": "shape", "x-openCodelist": true, enum: ["round"] },
          missing: { ...annotated, type: "string", "x-codelist": "size", "x-openCodelist": false, enum: ["s"] },
          ref: { ...annotated, $ref: "#/$defs/Nowhere" },
        },
        $defs: { Shared: { ...annotated, type: "string", maxLength: 1 } },
      },
      {
        "y.schema.json": {
          $schema: "https://json-schema.org/draft/2020-12/schema",
          $id: "https://mra-circulair.nl/schema/1.0/y.schema.json",
          ...annotated,
          $defs: { Shared: { ...annotated, type: "string", maxLength: 1 } },
        },
      },
    );
    expect(problems).toEqual([
      "x.schema.json#: $id is not https://mra-circulair.nl/schema/<major.minor>/x.schema.json",
      "x.schema.json#: an object must have additionalProperties false",
      "x.schema.json#/properties/untitled: no title",
      "x.schema.json#/properties/untitled: no description",
      'x.schema.json#/properties/untitled: no "x-nl" with a Dutch title and description',
      "x.schema.json#/properties/open: an object must have additionalProperties false",
      "x.schema.json#/properties/code: a pattern or format needs a maxLength",
      "x.schema.json#/properties/list: an array needs a maxItems",
      "x.schema.json#/properties/list: uniqueItems only on arrays of strings",
      "x.schema.json#/properties/big: maximum is outside ±(2^53-1)",
      "x.schema.json#/properties/unbounded: an integer needs an integer minimum",
      "x.schema.json#/properties/unbounded: an integer needs an integer maximum",
      "x.schema.json#/properties/unions: type must be one type name",
      "x.schema.json#/properties/when: format email is not allowed",
      "x.schema.json#/properties/odd: keyword oneOf is outside the subset",
      "x.schema.json#/properties/colour: enum [red] differs from codelist colour [red, green]",
      "x.schema.json#/properties/shape: an open codelist (shape) must not carry an enum",
      "x.schema.json#/properties/missing: x-codelist names no codelist: size",
      "x.schema.json#/properties/ref: $ref #/$defs/Nowhere does not resolve",
      "y.schema.json#/$defs/Shared: $defs name Shared is also defined in x.schema.json",
    ]);
  });
});
