import { describe, expectTypeOf, it } from "vitest";
import { defineCode } from "./define-code.ts";
import type { Finding } from "./finding.ts";
import type { Placeholders } from "./placeholders.ts";
import { deprecatedCode, emptyList } from "./testing/sample-codes.ts";

const location = { file: "a.json", line: 1 };
const base = {
  severity: "error",
  layer: "rule",
  title: { nl: "t", en: "t" },
  docs: { nl: "d", en: "d" },
  example: "x",
} as const;

describe("defineCode types", () => {
  it("keeps the code as a literal type", () => {
    expectTypeOf(deprecatedCode.code).toEqualTypeOf<"deprecated-code">();
  });

  it("asks a finding for exactly the placeholders of its templates", () => {
    expectTypeOf(
      deprecatedCode.finding({ pointer: "", location }, { value: "a", successor: 1 }),
    ).toEqualTypeOf<Finding>();
    // @ts-expect-error: {successor} is missing
    deprecatedCode.finding({ pointer: "", location }, { value: "a" });
    // @ts-expect-error: the args are required
    deprecatedCode.finding({ pointer: "", location });
    emptyList.finding({ pointer: "", location });
    // @ts-expect-error: a code without placeholders takes no args
    emptyList.finding({ pointer: "", location }, { extra: 1 });
  });

  it("needs example args for the placeholders of both languages", () => {
    defineCode({ ...base, code: "a-b", message: { nl: "{x} en {y}", en: "{x} and {y}" }, exampleArgs: { x: 1, y: 2 } });
    // @ts-expect-error: {y} of the Dutch template has no example arg
    defineCode({ ...base, code: "a-b", message: { nl: "{x} en {y}", en: "{x}" }, exampleArgs: { x: 1 } });
  });

  it("reads as placeholders only what fill replaces, so JSON braces in a message are text", () => {
    expectTypeOf<Placeholders<'Not a dataset {"meta": ..., ...}.'>>().toEqualTypeOf<never>();
    expectTypeOf<Placeholders<"{a{b} {_c1} {1x} {} {d-e} {F}">>().toEqualTypeOf<"b" | "_c1" | "F">();
    defineCode({ ...base, code: "e-f", message: { nl: '{"meta": …}', en: '{"meta": …}' }, exampleArgs: {} });
  });

  it("takes templates that are not literals, with any args", () => {
    const template: string = "{x}";
    const handle = defineCode({ ...base, code: "c-d", message: { nl: template, en: template }, exampleArgs: {} });
    handle.finding({ pointer: "", location }, { anything: 1 });
  });
});
