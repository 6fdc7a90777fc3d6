import type { CodeDefinition, Finding, SourceLocation } from "@mra-circulair/report";
import { describe, expectTypeOf, it } from "vitest";
import {
  type CodelistRef,
  codelistOfPointer,
  codeNotInClosedCodelist,
  createRuleRunner,
  type RuleRecord,
  ruleDefinitions,
  runRules,
} from "./index.ts";

const location: SourceLocation = { file: "a.ndjson", line: 1 };

describe("the public API", () => {
  it("takes records as the readers yield them, locate and pointerBase optional", () => {
    const runner = createRuleRunner({ rules: ["duplicate-id"], reference: false });
    expectTypeOf(runner.check({ entity: "Procurement", value: {}, location })).toEqualTypeOf<Finding[]>();
    expectTypeOf(runner.finish()).toEqualTypeOf<Finding[]>();
    const reader = {
      entity: "Organisation",
      value: null,
      location,
      pointerBase: "/organisations/0",
      locate: () => location,
    };
    expectTypeOf(reader).toExtend<RuleRecord>();
    // @ts-expect-error: a record needs its location
    runner.check({ entity: "Procurement", value: {} });
    expectTypeOf(runRules([reader])).toEqualTypeOf<Finding[]>();
  });

  it("defines codes as report code definitions", () => {
    expectTypeOf(ruleDefinitions).toEqualTypeOf<readonly CodeDefinition[]>();
    expectTypeOf(codeNotInClosedCodelist.code).toEqualTypeOf<"code-not-in-closed-codelist">();
    codeNotInClosedCodelist.finding({ pointer: "/kind", location }, { value: '"stad"', codelist: "organisation-kind" });
    // @ts-expect-error: the message needs {codelist}
    codeNotInClosedCodelist.finding({ pointer: "/kind", location }, { value: '"stad"' });
  });

  it("tells the codelist of a pointer, or nothing", () => {
    expectTypeOf(codelistOfPointer("Procurement", "/procedure")).toEqualTypeOf<CodelistRef | undefined>();
  });
});
