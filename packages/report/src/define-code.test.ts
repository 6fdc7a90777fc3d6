import { describe, expect, it } from "vitest";
import { defineCode } from "./define-code.ts";
import { deprecatedCode, emptyList } from "./testing/sample-codes.ts";

const definition = {
  severity: "error",
  layer: "read",
  title: { nl: "t", en: "t" },
  message: { nl: "m", en: "m" },
  docs: { nl: "d", en: "d" },
  example: "x",
  exampleArgs: {},
} as const;

describe("defineCode", () => {
  it("keeps the definition and is frozen", () => {
    expect(deprecatedCode.code).toBe("deprecated-code");
    expect(deprecatedCode.severity).toBe("warning");
    expect(deprecatedCode.message.en).toBe("Code {value} is deprecated; use {successor}.");
    expect(Object.isFrozen(deprecatedCode)).toBe(true);
  });

  it.each(["Duplicate-id", "duplicate_id", "duplicate--id", "-id", "id-", "", "1st", "dup id"])(
    "refuses %j, which is not kebab-case",
    (code) => {
      expect(() => defineCode({ ...definition, code })).toThrow("is not kebab-case");
    },
  );

  it("accepts kebab-case codes with digits", () => {
    expect(defineCode({ ...definition, code: "not-utf8" }).code).toBe("not-utf8");
  });

  it("makes findings with the code's severity and the given args", () => {
    const location = { file: "a.json", line: 3, column: 7 };
    expect(
      deprecatedCode.finding(
        { pointer: "/x", location, entity: "Organisation", excerpt: '"GM0457"' },
        { value: "GM0457", successor: "GM0363" },
      ),
    ).toEqual({
      code: "deprecated-code",
      severity: "warning",
      pointer: "/x",
      location,
      entity: "Organisation",
      excerpt: '"GM0457"',
      args: { value: "GM0457", successor: "GM0363" },
    });
    expect(emptyList.finding({ pointer: "", location })).toEqual({
      code: "empty-list",
      severity: "info",
      pointer: "",
      location,
      args: {},
    });
  });

  it("copies only a finding's own fields from the site, so a record passed as the site is not kept", () => {
    const record = { pointer: "", location: { file: "a.ndjson", line: 1 }, value: { huge: "…" } };
    const finding = emptyList.finding(record);
    expect(Object.keys(finding).sort()).toEqual(["args", "code", "location", "pointer", "severity"]);
  });
});
