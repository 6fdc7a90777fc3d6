import type { AppliedCriterion } from "@mra-circulair/types";
import { describe, expect, it } from "vitest";
import { appliedMeets, CompiledRule, hundredths } from "./compile.ts";
import { defaultCircularityRule } from "./default.ts";
import type { CircularityRule } from "./types.ts";

const circular = { mvoiThemes: ["circulair"], ambition: 0 };
const award = (weight?: string): AppliedCriterion => ({
  criterion: "c",
  use: "gunningscriterium",
  ...(weight === undefined ? {} : { weight }),
});

describe("the compiled default rule", () => {
  const conditions = new CompiledRule(defaultCircularityRule).conditionsFor(circular);

  it("counts a circular criterion used as eis", () => {
    expect(appliedMeets({ criterion: "c", use: "eis" }, conditions)).toBe(true);
  });

  it("counts an award criterion from a weight of exactly 10%", () => {
    expect(appliedMeets(award("10"), conditions)).toBe(true);
    expect(appliedMeets(award("10.00"), conditions)).toBe(true);
    expect(appliedMeets(award("9.99"), conditions)).toBe(false);
    expect(appliedMeets(award(), conditions)).toBe(false);
  });

  it("does not count other uses or other themes", () => {
    expect(appliedMeets({ criterion: "c", use: "contractbepaling" }, conditions)).toBe(false);
    expect(new CompiledRule(defaultCircularityRule).conditionsFor({ mvoiThemes: ["klimaat"], ambition: 2 })).toEqual(
      [],
    );
  });
});

describe("rule conditions", () => {
  const rule: CircularityRule = {
    id: "r",
    version: "1.0.0",
    name: { nl: "r", en: "r" },
    description: { nl: "r", en: "r" },
    conditions: [
      { kind: "applied-criterion", mvoiTheme: "circulair", uses: ["eis"], minAmbitionLevel: "significant" },
      { kind: "eforms-environmental-impact", codes: ["circ-econ"] },
    ],
  };
  const compiled = new CompiledRule(rule);

  it("ask for a least ambition level", () => {
    expect(compiled.conditionsFor(circular)).toEqual([]);
    expect(compiled.conditionsFor({ mvoiThemes: ["circulair"], ambition: 2 })).toHaveLength(1);
  });

  it("read the eForms BT-774 codes", () => {
    expect(compiled.eformsMeets(["clim-mitig", "circ-econ"])).toBe(true);
    expect(compiled.eformsMeets(["clim-mitig"])).toBe(false);
    expect(new CompiledRule(defaultCircularityRule).eformsMeets(["circ-econ"])).toBe(false);
  });

  it("compare weights as whole hundredths", () => {
    expect([hundredths("12.5"), hundredths("0.05"), hundredths("100"), hundredths("7")]).toEqual([1250, 5, 10000, 700]);
  });
});
