import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { AMBITION_LEVELS, MVOI_THEMES, R_LADDERS, R_STRATEGIES_PBL, R_STRATEGIES_RVO, SUBREGIONS } from "./labels.ts";

// the codelists are the source of the labels; reading them here keeps the copies honest
function codelist(id: string): [string, { nl: string; en: string }][] {
  const file = new URL(`../../../../schemas/codelists/${id}.json`, import.meta.url);
  const { codes } = JSON.parse(readFileSync(file, "utf8")) as {
    codes: { code: string; label: { nl: string; en: string } }[];
  };
  return codes.map(({ code, label }) => [code, { nl: label.nl, en: label.en }]);
}

describe("labels", () => {
  it.each([
    ["mvoi-theme", MVOI_THEMES],
    ["mvi-ambition-level", AMBITION_LEVELS],
    ["r-strategy-pbl", R_STRATEGIES_PBL],
    ["r-strategy-rvo", R_STRATEGIES_RVO],
    ["subregion", SUBREGIONS],
    ["r-ladder", Object.entries(R_LADDERS)],
  ])("are those of codelist %s, in its order", (id, labels) => {
    expect(labels).toEqual(codelist(id));
  });
});
