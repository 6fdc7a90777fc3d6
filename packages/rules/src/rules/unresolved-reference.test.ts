import { describe, expect, it } from "vitest";
import { criterion, indicator, observation, organisation, procurement, target } from "../testing/fixtures.ts";
import { line, ofCode, runExample, runNdjson } from "../testing/records.ts";
import { unresolvedReference } from "./unresolved-reference.ts";

const code = unresolvedReference.code;

const where = (text: string, options = {}) =>
  ofCode(runNdjson(text, options), code).map((f) => [f.location.line, f.pointer, f.args.target, f.args.id]);

describe("unresolved-reference", () => {
  it("reports the example's signature at its declaration", () => {
    const findings = ofCode(runExample(unresolvedReference), code);
    expect(findings).toEqual([
      {
        code,
        severity: "error",
        pointer: "/declaration",
        entity: "Signature",
        location: { file: "example.ndjson", line: 2 },
        excerpt: '"mra-intentieverklaring-2018"',
        args: { target: "Declaration", id: '"mra-intentieverklaring-2018"' },
      },
    ]);
  });

  it("near miss: the declaration exists, even when it comes after the signature", () => {
    const signature = { id: "s", declaration: "d", organisation: "GM0363", signedOn: "2018-06-20" };
    const declaration = { id: "d", title: { nl: "d" }, signedOn: "2018-06-20", targets: [] };
    const text = [
      line("signature", signature),
      line("organisation", organisation("GM0363")),
      line("declaration", declaration),
    ];
    expect(where(text.join("\n"))).toEqual([]);
  });

  it("checks every kind of reference", () => {
    const text = [
      line(
        "organisation",
        organisation("GM0363", {
          province: "PV99",
          succession: { successor: "GM9", date: "2022-01-01", type: "merger" },
        }),
      ),
      line(
        "procurement",
        procurement("p", {
          buyer: "GM1",
          purchasePackage: "pkg-x",
          criteriaApplied: [{ criterion: "c-x", use: "eis" }],
        }),
      ),
      line("signature", { id: "s", declaration: "d-x", organisation: "GM2", signedOn: "2018-06-20" }),
      line("goal", {
        id: "g",
        roadmap: "r-x",
        declaration: "d-x",
        title: { nl: "g" },
        targets: [target("t", { indicator: "i-x" })],
      }),
      line("track", { id: "tr", name: { nl: "t" }, purchasePackages: ["pkg-y"], status: "active", members: ["GM3"] }),
      line("purchase-package", { id: "pkg", name: { nl: "p" }, adoptions: [{ organisation: "GM4" }] }),
      line("roadmap", { id: "r", title: { nl: "r" }, ambitions: [{ organisation: "GM5", level: "basis" }] }),
      line("criterion", criterion("c", { supersedes: ["c-old"], purchasePackages: ["pkg-z"] })),
      line("mvi-link", {
        id: "l1",
        type: "implements",
        from: { itemType: "target", id: "t-x" },
        to: { kind: "mvi-plan", organisation: "GM6", title: { nl: "plan" } },
      }),
      line(
        "observation",
        observation("o", {
          indicator: "i-y",
          subject: { type: "organisation", id: "GM7" },
          computedFrom: ["p", "p-x"],
        }),
      ),
      line("observation", observation("o2", { indicator: "i-y", subject: { type: "subregion", id: "noord" } })),
      line("indicator-definition", indicator("material-saved", "tonne")),
      line("meta", {
        schemaVersion: "1.0",
        id: "m",
        publisher: { name: "x", organisation: "GM8" },
        license: "https://x.nl",
        publishedAt: "2024-01-01T00:00:00Z",
      }),
    ];
    expect(where(text.join("\n")).sort()).toEqual(
      [
        [1, "/province", "Organisation", '"PV99"'],
        [1, "/succession/successor", "Organisation", '"GM9"'],
        [2, "/buyer", "Organisation", '"GM1"'],
        [2, "/purchasePackage", "PurchasePackage", '"pkg-x"'],
        [2, "/criteriaApplied/0/criterion", "Criterion", '"c-x"'],
        [3, "/declaration", "Declaration", '"d-x"'],
        [3, "/organisation", "Organisation", '"GM2"'],
        [4, "/roadmap", "Roadmap", '"r-x"'],
        [4, "/declaration", "Declaration", '"d-x"'],
        [4, "/targets/0/indicator", "IndicatorDefinition", '"i-x"'],
        [5, "/purchasePackages/0", "PurchasePackage", '"pkg-y"'],
        [5, "/members/0", "Organisation", '"GM3"'],
        [6, "/adoptions/0/organisation", "Organisation", '"GM4"'],
        [7, "/ambitions/0/organisation", "Organisation", '"GM5"'],
        [8, "/supersedes/0", "Criterion", '"c-old"'],
        [8, "/purchasePackages/0", "PurchasePackage", '"pkg-z"'],
        [9, "/from/id", "Target", '"t-x"'],
        [9, "/to/organisation", "Organisation", '"GM6"'],
        [10, "/indicator", "IndicatorDefinition", '"i-y"'],
        [10, "/subject/id", "Organisation", '"GM7"'],
        [10, "/computedFrom/1", "Procurement", '"p-x"'],
        [11, "/indicator", "IndicatorDefinition", '"i-y"'],
        [11, "/subject/id", "subregion", '"noord"'],
        [13, "/publisher/organisation", "Organisation", '"GM8"'],
      ].sort(),
    );
  });

  it("resolves MVI links by their itemType", () => {
    const link = (itemType: string, id: string) =>
      line("mvi-link", {
        id: `l-${itemType}`,
        type: "refines",
        from: { itemType, id },
        to: { kind: "mvoi-theme", theme: "circulair" },
      });
    const text = [
      line("procurement", procurement("p", { buyer: "GM0363" })),
      link("procurement", "p"),
      link("criterion", "p"),
    ];
    expect(where(text.join("\n"))).toEqual([[3, "/from/id", "Criterion", '"p"']]);
  });

  it("without organisations, resolves organisations against the reference data", () => {
    const text = [
      line("procurement", procurement("p", { buyer: "GM0363" })),
      line("procurement", procurement("q", { buyer: "GM0001" })),
    ];
    expect(where(text.join("\n"))).toEqual([[2, "/buyer", "Organisation", '"GM0001"']]);
    expect(where(text.join("\n"), { reference: false })).toEqual([
      [1, "/buyer", "Organisation", '"GM0363"'],
      [2, "/buyer", "Organisation", '"GM0001"'],
    ]);
  });

  it("with one organisation, uses only the dataset's organisations", () => {
    const text = [
      line("procurement", procurement("p", { buyer: "GM0363" })),
      line("organisation", organisation("GM0034")),
    ];
    expect(where(text.join("\n"))).toEqual([[1, "/buyer", "Organisation", '"GM0363"']]);
  });
});
