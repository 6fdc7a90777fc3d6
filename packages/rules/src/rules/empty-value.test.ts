import { describe, expect, it } from "vitest";
import { createSchemaMetadata } from "../metadata/schema-metadata.ts";
import { runRules } from "../runner.ts";
import { organisation, procurement } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { emptyValue } from "./empty-value.ts";

const code = emptyValue.code;

const empties = (text: string, options = {}) =>
  ofCode(runNdjson(text, options), code).map((f) => [f.pointer, f.excerpt]);

describe("empty-value", () => {
  it("reports the example's empty cpvCodes", () => {
    expect(ofCode(runExample(emptyValue), code)).toEqual([
      {
        code,
        severity: "warning",
        pointer: "/cpvCodes",
        entity: "PurchasePackage",
        location: { file: "example.ndjson", line: 1 },
        excerpt: "[]",
        args: { property: "cpvCodes" },
      },
    ]);
  });

  it("near miss: required properties that are empty are statements (the example dataset's procurement)", () => {
    const nothingApplied = procurement("p", {
      dates: {},
      criteriaApplied: [],
      mvoiThemes: [],
      eforms: { strategicProcurement: [], environmentalImpact: [], gppCriteria: [] },
    });
    const text = [
      line("procurement", nothingApplied),
      line("organisation", organisation("vervoerregio", { identifiers: [] })),
    ];
    expect(empties(text.join("\n"))).toEqual([]);
  });

  it("reports optional empty arrays and objects at any depth", () => {
    const text = line("procurement", procurement("p", { outcomes: {}, provenance: [] }));
    expect(empties(text)).toEqual([
      ["/outcomes", "{}"],
      ["/provenance", "[]"],
    ]);
    const roadmap = { id: "r", title: { nl: "r" }, actions: [], ambitions: [] };
    // in the order of the schema's properties
    expect(empties(line("roadmap", roadmap))).toEqual([
      ["/ambitions", "[]"],
      ["/actions", "[]"],
    ]);
  });

  it("leaves empty values the schema forbids to the schema", () => {
    const text = line("procurement", procurement("p", { title: { nl: "" }, cpvCodes: [], contractValue: {} }));
    expect(empties(text)).toEqual([]);
  });

  it("reports an empty string where a schema allows one", () => {
    const metadata = createSchemaMetadata({
      schemas: {
        "note.schema.json": {
          type: "object",
          required: ["id"],
          properties: {
            id: { type: "string", minLength: 1 },
            remark: { type: "string", maxLength: 10 },
            code: { type: "string", pattern: "^[a-z]*$" },
            strict: { type: "string", pattern: "^[a-z]+$" },
          },
        },
      },
      entities: { Note: "note.schema.json" },
      codelists: {},
    });
    const records = [
      { entity: "Note", value: { id: "n", remark: "", code: "", strict: "" }, location: { file: "n.json" } },
    ];
    expect(ofCode(runRules(records, { metadata, rules: [code] }), code).map((f) => f.pointer)).toEqual([
      "/remark",
      "/code",
    ]);
  });
});
