import { checkCodeDefinitions, createRegistry } from "@mra-circulair/report";
import { describe, expect, it } from "vitest";
import { jsonCodes } from "./json-codes.ts";
import { tabularCodes } from "./tabular-codes.ts";

describe("tabular read codes", () => {
  it("are complete in Dutch and English, with example args for every placeholder", () => {
    expect(checkCodeDefinitions(tabularCodes)).toEqual([]);
  });

  it("are in the read layer, named csv- or xlsx-, and clash with no code of the JSON readers", () => {
    expect(() => createRegistry([...tabularCodes, ...jsonCodes])).not.toThrow();
    for (const definition of tabularCodes) {
      expect(definition.layer).toBe("read");
      expect(definition.code).toMatch(/^(csv|xlsx)-[a-z0-9-]+$/);
    }
  });
});
