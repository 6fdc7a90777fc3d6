import { describe, expect, test } from "vitest";
import {
  DateTime,
  Identifier,
  CalendarDate as IsoDate,
  LocalizedText,
  Money,
  Organisation,
  Provenance,
  Year,
} from "./index.ts";

// each case is a trap where a naive zod schema and ajv (strict, full formats) disagree
const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe("generated zod schemas give ajv's verdict", () => {
  test("lengths count code points", () => {
    expect(accepts(LocalizedText, { nl: "😀".repeat(10_000) })).toBe(true);
    expect(accepts(LocalizedText, { nl: "😀".repeat(10_001) })).toBe(false);
    expect(accepts(LocalizedText, { nl: "" })).toBe(false);
  });

  test("patterns are unicode-aware", () => {
    expect(accepts(Identifier, "GM0363")).toBe(true);
    expect(accepts(Identifier, "-GM0363")).toBe(false);
    expect(accepts(Identifier, "GM0363\n")).toBe(false);
  });

  test("dates must exist", () => {
    expect(accepts(IsoDate, "2024-02-29")).toBe(true);
    expect(accepts(IsoDate, "2023-02-29")).toBe(false);
    expect(accepts(IsoDate, "2023-02-30")).toBe(false);
    expect(accepts(IsoDate, "2023-2-3")).toBe(false);
  });

  test("date-times need the schema's form and an existing date", () => {
    expect(accepts(DateTime, "2026-11-28T12:00:00Z")).toBe(true);
    expect(accepts(DateTime, "2026-11-28T12:00:00.123456789+01:00")).toBe(true);
    expect(accepts(DateTime, "2023-02-29T12:00:00Z")).toBe(false);
    expect(accepts(DateTime, "2026-11-28 12:00:00Z")).toBe(false);
    expect(accepts(DateTime, "2026-11-28T23:59:60Z")).toBe(false);
    expect(accepts(DateTime, "2026-11-28T12:00Z")).toBe(false);
  });

  test("integers are integral finite numbers within bounds", () => {
    expect(accepts(Year, 2025)).toBe(true);
    expect(accepts(Year, 2025.0)).toBe(true);
    expect(accepts(Year, 2025.5)).toBe(false);
    expect(accepts(Year, 2101)).toBe(false);
    expect(accepts(Year, Number.NaN)).toBe(false);
    expect(accepts(Year, "2025")).toBe(false);
  });

  test("objects are closed, also to __proto__ and constructor from JSON.parse", () => {
    expect(accepts(Money, { amount: "19.99", currency: "EUR" })).toBe(true);
    expect(accepts(Money, JSON.parse('{"amount":"19.99","currency":"EUR","__proto__":{"x":1}}'))).toBe(false);
    expect(accepts(Money, JSON.parse('{"amount":"19.99","currency":"EUR","constructor":{}}'))).toBe(false);
    expect(accepts(Money, { amount: "19.99" })).toBe(false);
  });

  test("enums reject other codes, arrays are bounded", () => {
    const source = "https://mraduurzaam.nl/";
    expect(accepts(Provenance, { status: "confirmed", sources: [source] })).toBe(true);
    expect(accepts(Provenance, { status: "Confirmed" })).toBe(false);
    expect(accepts(Provenance, { status: "confirmed", sources: [] })).toBe(false);
  });

  test("an entity parses to a fresh object", () => {
    const input = { id: "GM0363", name: "Amsterdam", kind: "gemeente", identifiers: [] };
    const result = Organisation.parse(input);
    expect(result).toEqual(input);
    expect(result).not.toBe(input);
  });
});
