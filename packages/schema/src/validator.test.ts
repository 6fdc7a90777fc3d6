import { describe, expect, it } from "vitest";
import { readDiskBundle } from "../scripts/disk-bundle.ts";
import type { ValidationResult } from "./validation-result.ts";
import { createValidator } from "./validator.ts";

const validator = createValidator(readDiskBundle());
const common = (name: string) => (value: unknown) => validator.validateRef(`common.schema.json#/$defs/${name}`, value);
const keywords = (result: ValidationResult) => (result.valid ? [] : result.errors.map((error) => error.keyword));

const organisation = {
  id: "GM0363",
  name: "Amsterdam",
  kind: "gemeente",
  identifiers: [{ scheme: "cbs-gemeente", value: "GM0363" }],
  province: "PV27",
  subregion: "amsterdam",
};

function nested(depth: number, bottom: unknown = "bottom"): unknown {
  let value: unknown = bottom;
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

describe("validate", () => {
  it("accepts a valid organisation", () => {
    expect(validator.validate("Organisation", organisation)).toEqual({ valid: true });
  });

  it("reports every error with a JSON Pointer into the value", () => {
    const result = validator.validate("Organisation", {
      ...organisation,
      kind: "bedrijf",
      identifiers: [{ scheme: "kvk", value: "12" }],
      validFrom: "2023-02-30",
      "a/b~c": true,
    });
    expect(result.valid ? [] : result.errors.map((e) => e.schemaPath)).toContain("#/properties/kind/enum");
    const withoutSchemaPath = result.valid
      ? result
      : { valid: false, errors: result.errors.map(({ schemaPath: _, ...error }) => error) };
    expect(withoutSchemaPath).toEqual({
      valid: false,
      errors: [
        {
          pointer: "/a~1b~0c",
          keyword: "additionalProperties",
          message: "must NOT have additional properties",
          params: { additionalProperty: "a/b~c" },
        },
        {
          pointer: "/kind",
          keyword: "enum",
          message: "must be equal to one of the allowed values",
          params: { allowedValues: ["gemeente", "provincie", "vervoerregio", "other"] },
        },
        {
          pointer: "/identifiers/0/value",
          keyword: "pattern",
          message: 'must match pattern "^(GM[0-9]{4}|PV[0-9]{2}|[0-9]{20}|[0-9]{8})$"',
          params: { pattern: "^(GM[0-9]{4}|PV[0-9]{2}|[0-9]{20}|[0-9]{8})$" },
        },
        { pointer: "/validFrom", keyword: "format", message: 'must match format "date"', params: { format: "date" } },
      ],
    });
  });

  it("reports a missing property at the object that lacks it", () => {
    const { name: _name, ...nameless } = organisation;
    const result = validator.validate("Organisation", nameless);
    expect(
      result.valid ? [] : result.errors.map(({ pointer, keyword, params }) => ({ pointer, keyword, params })),
    ).toEqual([{ pointer: "", keyword: "required", params: { missingProperty: "name" } }]);
  });

  it("throws for an unknown entity name, including names inherited from Object.prototype", () => {
    expect(() => validator.validate("Nothing", {})).toThrow(RangeError);
    expect(() => validator.validate("constructor", {})).toThrow(RangeError);
    expect(() => validator.validate("__proto__", {})).toThrow(RangeError);
  });

  it("compiles each schema once", () => {
    const fresh = createValidator(readDiskBundle());
    const ajv = fresh.ajv();
    fresh.validate("Organisation", organisation);
    const first = ajv.getSchema("https://mra-circulair.nl/schema/1.0/organisation.schema.json");
    fresh.validate("Organisation", {});
    expect(ajv.getSchema("https://mra-circulair.nl/schema/1.0/organisation.schema.json")).toBe(first);
    expect(fresh.ajv()).toBe(ajv);
  });
});

describe("ajv semantics on the common definitions", () => {
  it("checks the calendar on Date (G9)", () => {
    const date = common("CalendarDate");
    for (const bad of ["2023-02-30", "2023-02-29", "2023-13-01", "2023-2-3", "2023-02-28T00:00:00Z", "", 20230228]) {
      expect([bad, date(bad).valid]).toEqual([bad, false]);
    }
    expect(date("2024-02-29")).toEqual({ valid: true });
    expect(date("2023-02-28")).toEqual({ valid: true });
  });

  it("takes Amount as an exact decimal string only (G11)", () => {
    const amount = common("Amount");
    for (const good of ["19.99", "0.07", "1234567.89", "0", "100"])
      expect([good, amount(good)]).toEqual([good, { valid: true }]);
    for (const bad of [19.99, "1,5", "1e3", "-1", "01", "1.234", ".5", "1.", " 1", "1,234.56", "NaN"]) {
      expect([bad, amount(bad).valid]).toEqual([bad, false]);
    }
    expect(keywords(amount(19.99))).toEqual(["type"]);
  });

  it("takes CPV codes as eight digits, a hyphen and a check digit", () => {
    const cpv = common("CpvCode");
    expect(cpv("39130000-2")).toEqual({ valid: true });
    for (const bad of ["39130000", "3913000-2", "39130000-22", "39130000-x", "39130000 2", " 39130000-2", 39130000]) {
      expect([bad, cpv(bad).valid]).toEqual([bad, false]);
    }
  });

  it("rejects NaN and Infinity where numbers are allowed (strictNumbers)", () => {
    const year = common("Year");
    expect(year(2025)).toEqual({ valid: true });
    expect(year(Number.NaN).valid).toBe(false);
    expect(year(JSON.parse("1e400")).valid).toBe(false);
  });
});

describe("validate never throws on data (G2)", () => {
  it("gives a result for a value nested 10,000 deep", () => {
    const deep = nested(10_000);
    expect(() => validator.validate("Organisation", deep)).not.toThrow();
    expect(keywords(validator.validate("Organisation", deep))).toContain("required");
    const result = validator.validate("Organisation", { ...organisation, provenance: [deep] });
    expect(result.valid).toBe(false);
  });

  it("turns a stack overflow in a recursive schema into an exception error", () => {
    const recursive = createValidator({
      schemas: {
        "tree.schema.json": {
          $id: "https://mra-circulair.nl/schema/1.0/tree.schema.json",
          type: "object",
          additionalProperties: false,
          properties: { a: { $ref: "#" } },
        },
      },
      entityNames: { Tree: "tree.schema.json" },
    });
    expect(recursive.validate("Tree", nested(10, {}))).toEqual({ valid: true });
    const result = recursive.validate("Tree", nested(100_000, {}));
    expect(result.valid).toBe(false);
    expect(result.valid ? undefined : result.errors).toEqual([
      {
        pointer: "",
        keyword: "exception",
        message: "validation failed with RangeError: Maximum call stack size exceeded",
        params: { name: "RangeError" },
        schemaPath: "",
      },
    ]);
  });

  it("turns an exception thrown while reading the value into an exception error", () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new TypeError("no keys");
        },
        get() {
          throw new TypeError("no access");
        },
      },
    );
    const result = validator.validate("Organisation", hostile);
    expect(keywords(result)).toEqual(["exception"]);
  });
});

describe("prototype safety (G3)", () => {
  it("rejects an own __proto__ key from JSON.parse and leaves Object.prototype clean", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const value: unknown = JSON.parse(
      `{"id":"GM0363","name":"Amsterdam","kind":"gemeente","identifiers":[],"__proto__":{"polluted":true},` +
        `"constructor":{"prototype":{"polluted":true}}}`,
    );
    expect(Object.hasOwn(value as object, "__proto__")).toBe(true);
    const result = validator.validate("Organisation", value);
    expect(result.valid ? [] : result.errors.map(({ pointer, keyword }) => `${keyword} ${pointer}`)).toEqual([
      "additionalProperties /__proto__",
      "additionalProperties /constructor",
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("rejects a nested __proto__ key inside an item", () => {
    const value: unknown = JSON.parse(
      `{"id":"GM0363","name":"Amsterdam","kind":"gemeente","identifiers":[{"scheme":"oin","value":"12345678","__proto__":{"x":1}}]}`,
    );
    const result = validator.validate("Organisation", value);
    expect(result.valid ? [] : result.errors.map(({ pointer }) => pointer)).toEqual(["/identifiers/0/__proto__"]);
    expect(({} as { x?: unknown }).x).toBeUndefined();
  });
});
