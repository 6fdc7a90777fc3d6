import { afterEach, describe, expect, it } from "vitest";
import { NumberCell } from "./cells.ts";
import { flatten, slotsFor, unflatten } from "./flatten.ts";

const procurement = {
  id: "P-1",
  buyer: "GM0363",
  title: { nl: "Kantoormeubilair", en: "Office furniture" },
  cpvCodes: ["39130000-2", "39100000-3"],
  procedure: "openbaar",
  contractValue: { amount: "1234567.89", currency: "EUR" },
  dates: {},
  criteriaApplied: [
    { criterion: "c-1", use: "eis" },
    { criterion: "c-2", use: "gunningscriterium", weight: "12.5" },
  ],
  mvoiThemes: [],
  eforms: { strategicProcurement: ["env-imp"], environmentalImpact: [], gppCriteria: ["national"] },
};

describe("flatten", () => {
  it("puts nested objects in path columns, codes in one joined cell and lists of objects in numbered columns", () => {
    const { cells, unplaced } = flatten("Procurement", procurement);
    expect(unplaced).toEqual([]);
    expect(Object.fromEntries(cells)).toEqual({
      id: "P-1",
      buyer: "GM0363",
      "title/nl": "Kantoormeubilair",
      "title/en": "Office furniture",
      cpvCodes: "39130000-2;39100000-3",
      procedure: "openbaar",
      "contractValue/amount": "1234567.89",
      "contractValue/currency": "EUR",
      "criteriaApplied/0/criterion": "c-1",
      "criteriaApplied/0/use": "eis",
      "criteriaApplied/1/criterion": "c-2",
      "criteriaApplied/1/use": "gunningscriterium",
      "criteriaApplied/1/weight": "12.5",
      mvoiThemes: "",
      "eforms/strategicProcurement": "env-imp",
      "eforms/environmentalImpact": "",
      "eforms/gppCriteria": "national",
    });
  });

  it("names the values no column can hold", () => {
    const { unplaced } = flatten("Procurement", {
      ...procurement,
      extra: 1,
      contractValue: { amount: 12, currency: "EUR" },
      cpvCodes: ["a;b"],
      mvoiThemes: "circulair",
    });
    expect([...unplaced].sort()).toEqual(["/contractValue/amount", "/cpvCodes", "/extra", "/mvoiThemes"]);
    expect(flatten("Procurement", procurement, new Map([["criteriaApplied", 1]])).unplaced).toEqual([
      "/criteriaApplied/1",
    ]);
  });

  it("counts the slots every list needs", () => {
    expect(slotsFor("Procurement", [procurement, { ...procurement, criteriaApplied: [] }])).toEqual(
      new Map([["criteriaApplied", 2]]),
    );
  });
});

describe("unflatten", () => {
  it("reads a record back from cells in any heading form, typed by the schema", () => {
    const { value, findings } = unflatten("Procurement", [
      ["Identificator", "P-1"],
      ["buyer", "GM0363"],
      ["Title: Dutch", "Kantoormeubilair"],
      ["title/en", "Office furniture"],
      ["CPV-codes", "39130000-2; 39100000-3"],
      ["Procedure", "openbaar"],
      ["contractValue/amount", "1234567.89"],
      ["Contractwaarde: Valuta", "EUR"],
      ["dates/award", ""],
      ["criteriaApplied/0/criterion", "c-1"],
      ["criteriaApplied/0/use", "eis"],
      ["Criteria applied 2: Criterion", "c-2"],
      ["Toegepaste criteria 2: Gebruik", "gunningscriterium"],
      ["criteriaApplied/1/weight", "12.5"],
      ["mvoiThemes", ""],
      ["eforms/strategicProcurement", "env-imp"],
      ["eforms/environmentalImpact", ""],
      ["eforms/gppCriteria", "national"],
    ]);
    expect(findings).toEqual([]);
    expect(value).toEqual(procurement);
  });

  it("converts integers and booleans, keeps strings, and leaves an empty cell absent", () => {
    const { value } = unflatten("Declaration", [
      ["id", "D-1"],
      ["targets/0/year", "2030"],
      ["targets/0/value", "50"],
      ["targets/0/indicator", ""],
    ]);
    expect(value).toEqual({ id: "D-1", targets: [{ year: 2030, value: "50" }] });
    expect(unflatten("Declaration", [["targets/0/year", "2030.5"]]).value).toEqual({ targets: [{ year: "2030.5" }] });
    expect(unflatten("Declaration", [["targets/0/year", new NumberCell("2030")]]).value).toEqual({
      targets: [{ year: 2030 }],
    });
    expect(unflatten("MviLink", [["to/year", "+2019"]]).value).toEqual({ to: { year: 2019 } });
  });

  it("gives an empty required list or object when its columns are there but empty, and nothing without its columns", () => {
    expect(
      unflatten("Procurement", [
        ["id", "P-1"],
        ["dates/award", ""],
        ["mvoiThemes", ""],
        ["criteriaApplied/0/use", ""],
      ]).value,
    ).toEqual({
      id: "P-1",
      dates: {},
      criteriaApplied: [],
      mvoiThemes: [],
    });
    expect(unflatten("Procurement", [["id", "P-1"]]).value).toEqual({ id: "P-1" });
    expect(
      unflatten("Procurement", [
        ["id", "P-1"],
        ["outcomes/method/nl", ""],
      ]).value,
    ).toEqual({ id: "P-1" });
  });

  it("compacts list slots left empty, and locates each item at its own columns", () => {
    const { value } = unflatten("Procurement", [
      ["criteriaApplied/0/criterion", ""],
      ["criteriaApplied/2/criterion", "c-3"],
    ]);
    expect(value).toEqual({ criteriaApplied: [{ criterion: "c-3" }] });
  });

  it("reports an unknown heading with its column and never drops it silently", () => {
    const { findings } = unflatten(
      "Procurement",
      [
        ["id", "P-1"],
        ["contract value", "12"],
      ],
      { file: "p.csv" },
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: "csv-unknown-column",
        location: { file: "p.csv", row: 1, column: 2, heading: "contract value" },
      }),
    ]);
  });
});

describe("no prototype pollution (G3)", () => {
  afterEach(() => {
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses headings that name __proto__, prototype or constructor, with a finding, and never applies them", () => {
    const headings = [
      "__proto__",
      "__proto__/polluted",
      "a/__proto__/x",
      "constructor/prototype",
      "constructor/prototype/polluted",
      "title/__proto__/polluted",
      "a.__proto__.x",
    ];
    const { value, findings } = unflatten("Procurement", [["id", "P-1"], ...headings.map((h) => [h, "yes"] as const)]);
    expect(findings.map((finding) => finding.code)).toEqual(headings.map(() => "csv-forbidden-column"));
    expect(value).toEqual({ id: "P-1" });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it("refuses a duplicated __proto__ heading too", () => {
    const { value, findings } = unflatten("Procurement", [
      ["__proto__", "x"],
      ["__proto__", "y"],
      ["id", "P-1"],
    ]);
    expect(findings.map((finding) => finding.code)).toEqual(["csv-forbidden-column", "csv-forbidden-column"]);
    expect(Object.hasOwn(value ?? {}, "__proto__")).toBe(false);
  });

  it("keeps values such as __proto__ and constructor as plain data", () => {
    const { value } = unflatten("Procurement", [
      ["id", "constructor"],
      ["buyer", "__proto__"],
      ["title/nl", "toString"],
    ]);
    expect(value).toEqual({ id: "constructor", buyer: "__proto__", title: { nl: "toString" } });
  });
});
