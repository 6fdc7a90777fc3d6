import { describe, expect, it } from "vitest";
import type { CodeDefinition } from "./code-definition.ts";
import { createRegistry } from "./registry.ts";
import { deprecatedCode, duplicateId, emptyList, missingProperty } from "./testing/sample-codes.ts";

describe("createRegistry", () => {
  it("finds each definition by code and lists them in the order given", () => {
    const registry = createRegistry([duplicateId, missingProperty]);
    expect(registry.get("duplicate-id")).toBe(duplicateId);
    expect(registry.get("missing-property")?.title.nl).toBe("Verplichte eigenschap ontbreekt");
    expect(registry.all().map((definition) => definition.code)).toEqual(["duplicate-id", "missing-property"]);
  });

  it("knows nothing it was not given, nor anything inherited", () => {
    const registry = createRegistry([emptyList]);
    expect(registry.get("duplicate-id")).toBeUndefined();
    expect(registry.get("constructor")).toBeUndefined();
    expect(registry.get("__proto__")).toBeUndefined();
  });

  it("throws when a code is defined twice, naming it", () => {
    const twin: CodeDefinition = { ...deprecatedCode, layer: "read" };
    expect(() => createRegistry([deprecatedCode, emptyList, twin])).toThrow(
      'finding code "deprecated-code" is defined twice',
    );
  });

  it("reads any iterable once, such as a generator", () => {
    function* definitions() {
      yield duplicateId;
      yield emptyList;
    }
    const registry = createRegistry(definitions());
    expect(registry.all()).toHaveLength(2);
    expect(registry.all()).toBe(registry.all());
  });
});
