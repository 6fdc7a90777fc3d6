import { checkCodeDefinitions, createRegistry, renderMessage } from "@mra-circulair/report";
import { validate } from "@mra-circulair/schema";
import { describe, expect, it } from "vitest";
import { mergedOrganisationUsed } from "./rules/merged-organisation-used.ts";
import { ruleDefinitions } from "./rules.ts";
import { ofCode, recordsFromNdjson, runExample } from "./testing/records.ts";

describe("ruleDefinitions", () => {
  it("are complete: texts in both languages, placeholders matched by example args", () => {
    expect(checkCodeDefinitions(ruleDefinitions)).toEqual([]);
  });

  it("have distinct kebab-case codes, each in a file of its own name", async () => {
    const codes = ruleDefinitions.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      const module = (await import(`./rules/${code}.ts`)) as Record<string, unknown>;
      expect(Object.values(module)).toContainEqual(expect.objectContaining({ code }));
    }
  });

  it("form a registry with the other packages' codes", () => {
    expect(() => createRegistry(ruleDefinitions)).not.toThrow();
  });

  it.each(ruleDefinitions.filter((d) => d.layer === "rule").map((d) => [d.code, d] as const))(
    "the example of %s is valid against the schema, line by line",
    (_code, definition) => {
      for (const record of recordsFromNdjson(definition.example)) {
        const result = validate(record.entity as "Organisation", record.value);
        expect(result.valid ? [] : result.errors).toEqual([]);
      }
    },
  );

  it.each(ruleDefinitions.filter((d) => d.layer === "rule").map((d) => [d.code, d] as const))(
    "the example of %s triggers it with its example args",
    (code, definition) => {
      // no code is deprecated in the bundled metadata; their own tests run the examples on a fixture
      if (code === "deprecated-code" || code === "deprecated-field") return;
      const found = ofCode(runExample(definition), code);
      expect(found.map((f) => f.args)).toEqual([definition.exampleArgs]);
    },
  );

  it("render in both languages", () => {
    const registry = createRegistry(ruleDefinitions);
    const [finding] = ofCode(runExample(mergedOrganisationUsed), mergedOrganisationUsed.code);
    expect(finding && renderMessage(finding, registry, "en")).toBe(
      "Weesp (GM0457) no longer exists since 2022-03-24; use Amsterdam (GM0363).",
    );
    expect(finding && renderMessage(finding, registry, "nl")).toBe(
      "Weesp (GM0457) bestaat niet meer sinds 2022-03-24; gebruik Amsterdam (GM0363).",
    );
  });
});
