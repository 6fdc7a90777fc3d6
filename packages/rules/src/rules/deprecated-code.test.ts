import { describe, expect, it } from "vitest";
import { deprecationFixture } from "../testing/deprecation-fixture.ts";
import { organisation } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { deprecatedCode } from "./deprecated-code.ts";

const code = deprecatedCode.code;
const metadata = deprecationFixture();

describe("deprecated-code", () => {
  it("reports the example's kind when vervoerregio is deprecated", () => {
    expect(ofCode(runExample(deprecatedCode, { metadata }), code)).toEqual([
      {
        code,
        severity: "warning",
        pointer: "/kind",
        entity: "Organisation",
        location: { file: "example.ndjson", line: 1 },
        excerpt: '"vervoerregio"',
        args: deprecatedCode.exampleArgs,
      },
    ]);
  });

  it("near miss: a code that is not deprecated, and the bundled lists where none is", () => {
    expect(ofCode(runNdjson(line("organisation", organisation("GM0363")), { metadata }), code)).toEqual([]);
    expect(ofCode(runExample(deprecatedCode), code)).toEqual([]);
  });
});
