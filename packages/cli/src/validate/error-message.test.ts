import type { ValidationError } from "@mra-circulair/schema";
import { describe, expect, it } from "vitest";
import { translator } from "../messages/index.ts";
import { describeError } from "./error-message.ts";

const error = (keyword: string, params: Record<string, unknown> = {}): ValidationError => ({
  pointer: "/x",
  keyword,
  message: "ajv's English",
  params,
  schemaPath: "#/x",
});
const en = (e: ValidationError) => describeError(e, translator("en"));
const nl = (e: ValidationError) => describeError(e, translator("nl"));

describe("describeError", () => {
  const cases: [ValidationError, string, string][] = [
    [error("required", { missingProperty: "id" }), 'property "id" is missing', 'eigenschap "id" ontbreekt'],
    [error("additionalProperties", { additionalProperty: "x" }), '"x" is not allowed', '"x" is hier niet toegestaan'],
    [error("enum", { allowedValues: ["a", "b"] }), 'one of "a", "b"', 'waarden zijn: "a", "b"'],
    [error("const", { allowedValue: "1.0" }), 'must be "1.0"', 'moet "1.0" zijn'],
    [error("type", { type: "string" }), "must be a string", "moet een tekst zijn"],
    [error("type", { type: "integer" }), "a whole number", "een geheel getal"],
    [error("pattern", { pattern: "^GM[0-9]{4}$" }), "form ^GM[0-9]{4}$", "vorm ^GM[0-9]{4}$"],
    [error("format", { format: "date" }), "calendar date", "kalenderdatum"],
    [error("format", { format: "date-time" }), "date and time", "datum en tijd"],
    [error("format", { format: "email" }), "valid email", "geldige email"],
    [error("minLength", { limit: 1 }), "must not be empty", "mag niet leeg zijn"],
    [error("minLength", { limit: 3 }), "at least 3 characters", "minstens 3 tekens"],
    [error("maxLength", { limit: 20 }), "at most 20 characters", "hoogstens 20 tekens"],
    [error("minimum", { comparison: ">=", limit: 1900 }), "at least 1900", "minstens 1900"],
    [error("maximum", { comparison: "<=", limit: 2100 }), "at most 2100", "hoogstens 2100"],
    [error("minItems", { limit: 1 }), "at least 1 items", "minstens 1 elementen"],
    [error("maxItems", { limit: 10 }), "at most 10 items", "hoogstens 10 elementen"],
    [error("uniqueItems", { i: 3, j: 1 }), "items 1 and 3 are the same", "elementen 1 en 3 zijn gelijk"],
    [error("anyOf"), "any of the allowed forms", "geen van de toegestane vormen"],
    [error("exception", { name: "RangeError" }), "(RangeError)", "(RangeError)"],
    [error("dependentRequired"), "the dependentRequired rule", "de regel dependentRequired"],
  ];

  it.each(cases)("words %o in English and Dutch", (e, english, dutch) => {
    expect(en(e)).toContain(english);
    expect(nl(e)).toContain(dutch);
    expect(en(e)).not.toBe(nl(e));
  });

  it("names at most ten allowed values", () => {
    const values = Array.from({ length: 12 }, (_, i) => `c${i}`);
    expect(en(error("enum", { allowedValues: values }))).toMatch(/"c9", …$/);
  });
});
