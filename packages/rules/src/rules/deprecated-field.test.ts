import { describe, expect, it } from "vitest";
import { deprecationFixture } from "../testing/deprecation-fixture.ts";
import { organisation } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { deprecatedField } from "./deprecated-field.ts";

const code = deprecatedField.code;
const metadata = deprecationFixture();

describe("deprecated-field", () => {
  it("reports the example's subregion when the property is deprecated", () => {
    expect(ofCode(runExample(deprecatedField, { metadata }), code)).toEqual([
      {
        code,
        severity: "warning",
        pointer: "/subregion",
        entity: "Organisation",
        location: { file: "example.ndjson", line: 1 },
        args: { property: "subregion" },
      },
    ]);
  });

  it("near miss: the organisation without the property, and the bundled schemas where none is deprecated", () => {
    expect(ofCode(runNdjson(line("organisation", organisation("GM0363")), { metadata }), code)).toEqual([]);
    expect(ofCode(runExample(deprecatedField), code)).toEqual([]);
  });

  it("reports each use of a deprecated definition, wherever it is referred to", () => {
    const provenance = [{ status: "confirmed" }, { status: "inferred" }];
    const text = line("organisation", organisation("GM0363", { provenance }));
    expect(ofCode(runNdjson(text, { metadata }), code).map((f) => f.pointer)).toEqual([
      "/provenance/0",
      "/provenance/1",
    ]);
  });
});
