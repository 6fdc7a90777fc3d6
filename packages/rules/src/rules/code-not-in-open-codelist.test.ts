import { describe, expect, it } from "vitest";
import { procurement } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { codeNotInOpenCodelist } from "./code-not-in-open-codelist.ts";

const code = codeNotInOpenCodelist.code;

describe("code-not-in-open-codelist", () => {
  it("reports the example's procedure outside procedure-type", () => {
    expect(ofCode(runExample(codeNotInOpenCodelist), code)).toMatchObject([
      { pointer: "/procedure", severity: "warning", excerpt: '"europees-openbaar"' },
    ]);
  });

  it("near miss: a code of the open list", () => {
    expect(
      ofCode(runNdjson(line("procurement", procurement("p", { procedure: "meervoudig-onderhands" }))), code),
    ).toEqual([]);
  });

  it("leaves closed codelists to the schema", () => {
    const text = line(
      "procurement",
      procurement("p", {
        mvoiThemes: ["groen"],
        eforms: { strategicProcurement: ["x"], environmentalImpact: [], gppCriteria: [] },
      }),
    );
    expect(ofCode(runNdjson(text), code)).toEqual([]);
  });

  it("skips a procedure that is no string", () => {
    expect(ofCode(runNdjson(line("procurement", procurement("p", { procedure: 3 }))), code)).toEqual([]);
  });
});
