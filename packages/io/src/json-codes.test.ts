import { checkCodeDefinitions, createRegistry } from "@mra-circulair/report";
import { describe, expect, it } from "vitest";
import { jsonCodes } from "./json-codes.ts";

describe("the read codes of the JSON and NDJSON readers", () => {
  it("are complete in both languages, with example args for every placeholder", () => {
    expect(checkCodeDefinitions(jsonCodes)).toEqual([]);
  });

  it("are defined once each, as read codes", () => {
    expect(() => createRegistry(jsonCodes)).not.toThrow();
    expect(new Set(jsonCodes.map((code) => code.layer))).toEqual(new Set(["read"]));
  });
});
