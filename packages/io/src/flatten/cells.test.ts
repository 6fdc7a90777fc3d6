import { describe, expect, it } from "vitest";
import { convertCell, NumberCell, plainNumberText, readDecimal, splitJoined } from "./cells.ts";
import type { LeafNode } from "./schema-model.ts";

const leaf = (type: LeafNode["type"], extra: Partial<LeafNode> = {}): LeafNode => ({
  kind: "leaf",
  type,
  decimal: false,
  joinable: false,
  ...extra,
});
const options = { decimal: "." as const, dateFormat: "iso" as const };

describe("cells", () => {
  it("read decimals exactly in either separator (G11)", () => {
    expect(readDecimal("1.234,56", ",")).toEqual({ value: "1234.56" });
    expect(readDecimal("-0,000001", ",")).toEqual({ value: "-0.000001" });
    expect(readDecimal("12.5", ",")).toEqual({ value: "12.5", issue: "decimal" });
    expect(readDecimal("0.500", ",")).toEqual({ value: "0.500", issue: "decimal" });
    expect(readDecimal("12,5", ".")).toEqual({ value: "12,5", issue: "decimal" });
    expect(readDecimal("1,234.56", ".")).toEqual({ value: "1,234.56", issue: "decimal" });
    expect(readDecimal("19.99", ".")).toEqual({ value: "19.99" });
    expect(readDecimal("n.v.t.", ",")).toEqual({ value: "n.v.t." });
  });

  it("write numbers of a workbook without exponent, exactly", () => {
    expect(plainNumberText("1.5E-3")).toBe("0.0015");
    expect(plainNumberText("1.2345E+5")).toBe("123450");
    expect(plainNumberText("-2E2")).toBe("-200");
    expect(plainNumberText("1234.56")).toBe("1234.56");
  });

  it("type booleans, integers and numbers by the schema, and keep what does not fit as text", () => {
    expect(convertCell(leaf("boolean"), "WAAR", options)).toEqual({ value: true });
    expect(convertCell(leaf("boolean"), "false", options)).toEqual({ value: false });
    expect(convertCell(leaf("boolean"), "ja", options)).toEqual({ value: "ja" });
    expect(convertCell(leaf("boolean"), new NumberCell("1"), options)).toEqual({ value: true });
    expect(convertCell(leaf("integer"), "12345678901234567890", options)).toEqual({ value: "12345678901234567890" });
    expect(convertCell(leaf("integer"), new NumberCell("12345678901234567890"), options)).toEqual({
      value: "12345678901234567890",
    });
    expect(convertCell(leaf("number"), "12,5", options)).toEqual({ value: "12,5", issue: "decimal" });
    expect(convertCell(leaf("number"), "12.5", options)).toEqual({ value: 12.5 });
    expect(convertCell(leaf("string"), "", options)).toEqual({ absent: true });
    expect(convertCell(leaf("string"), " ", options)).toEqual({ value: " " });
  });

  it("split joined cells on ';' and trim each code", () => {
    expect(splitJoined("39130000-2; 39100000-3")).toEqual(["39130000-2", "39100000-3"]);
    expect(splitJoined("'=a;b")).toEqual(["=a", "b"]);
    expect(splitJoined("")).toBeUndefined();
  });
});
