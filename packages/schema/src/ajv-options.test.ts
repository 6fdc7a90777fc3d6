import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readDiskBundle } from "../scripts/disk-bundle.ts";
import { ajvOptions } from "./ajv-options.ts";
import { createValidator } from "./validator.ts";

describe("ajv configuration (G22)", () => {
  it("is locked", () => {
    expect(ajvOptions).toMatchInlineSnapshot(`
      {
        "$data": false,
        "allErrors": true,
        "code": {
          "optimize": 0,
        },
        "coerceTypes": false,
        "removeAdditional": false,
        "strict": true,
        "strictNumbers": true,
        "strictRequired": true,
        "strictSchema": true,
        "strictTuples": true,
        "strictTypes": true,
        "unicodeRegExp": true,
        "useDefaults": false,
        "validateFormats": true,
        "validateSchema": true,
      }
    `);
  });

  it("is what the validator's ajv instance runs with", () => {
    const { opts } = createValidator(readDiskBundle()).ajv();
    expect(opts).toMatchObject({ ...ajvOptions });
    expect(Object.isFrozen(ajvOptions)).toBe(true);
  });

  it("uses ajv 8.18.0 or later, which fixes CVE-2025-69873", () => {
    const version: string = createRequire(import.meta.url)("ajv/package.json").version;
    const [major = 0, minor = 0] = version.split(".").map(Number);
    expect(major === 8 && minor >= 18).toBe(true);
  });
});
