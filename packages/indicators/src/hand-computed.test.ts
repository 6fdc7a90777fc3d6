// a small dataset whose every indicator is worked out by hand in docs/en/indicators.md; the comments show the sums
import { validate } from "@mra-circulair/schema";
import type { AppliedCriterion, Criterion, Dataset, Observation, Procurement } from "@mra-circulair/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { breakdownOf, observationOf, progressOf, seriesOf } from "./accessors.ts";
import { INDICATORS, packageIndicator } from "./catalogue/ids.ts";
import { computeIndicators, createIndicatorAccumulator } from "./engine.ts";
import type { IndicatorResults, SubjectRef } from "./results.ts";

function criterion(
  id: string,
  type: Criterion["type"],
  mviAmbitionLevel: Criterion["mviAmbitionLevel"],
  mvoiThemes: Criterion["mvoiThemes"],
  rStrategy?: Criterion["rStrategy"],
): Criterion {
  return {
    id,
    title: { nl: id },
    text: { nl: id },
    type,
    mviAmbitionLevel,
    mvoiThemes,
    ...(rStrategy ? { rStrategy } : {}),
    source: "own",
    version: "1.0.0",
    status: "active",
  };
}

function procurement(
  id: string,
  buyer: string,
  dates: Procurement["dates"],
  amount: string,
  criteriaApplied: AppliedCriterion[],
  mvoiThemes: Procurement["mvoiThemes"],
  outcomes?: Procurement["outcomes"],
): Procurement {
  return {
    id,
    buyer,
    title: { nl: id },
    cpvCodes: ["30192000-1"],
    procedure: "openbaar",
    contractValue: { amount, currency: "EUR" },
    dates,
    criteriaApplied,
    mvoiThemes,
    eforms: { strategicProcurement: ["none"], environmentalImpact: [], gppCriteria: ["none"] },
    ...(outcomes ? { outcomes } : {}),
  };
}

const eis = (criterion: string): AppliedCriterion => ({ criterion, use: "eis" });
const award = (criterion: string, weight: string): AppliedCriterion => ({
  criterion,
  use: "gunningscriterium",
  weight,
});

/** The worked example of the documentation: no organisations, so the reference data's are used. */
const handDataset: Dataset = {
  meta: {
    schemaVersion: "1.0",
    id: "hand-computed",
    publisher: { name: "tests" },
    license: "https://creativecommons.org/licenses/by/4.0/",
    publishedAt: "2023-12-31T00:00:00Z",
  },
  criteria: [
    criterion("crit-circ-eis", "eis", "basis", ["circulair"], { ladder: "pbl-r0-r9", code: "R3" }),
    criterion("crit-circ-gun", "gunningscriterium", "significant", ["circulair", "klimaat"], {
      ladder: "pbl-r0-r9",
      code: "R8",
    }),
    criterion("crit-klimaat", "eis", "ambitieus", ["klimaat"], { ladder: "rvo-r1-r6", code: "R5" }),
    criterion("crit-social", "contractbepaling", "basis", ["social-return"]),
  ],
  purchasePackages: [
    {
      id: "pkg-a",
      name: { nl: "Asfalt", en: "Asphalt" },
      adoptions: [
        { organisation: "GM0457", adoptedOn: "2021-05-01" },
        { organisation: "GM0363", adoptedOn: "2022-06-01" },
      ],
    },
    { id: "pkg-b", name: { nl: "Catering" }, adoptions: [{ organisation: "GM0370" }] },
  ],
  procurements: [
    procurement("p01", "GM0363", { award: "2021-03-01" }, "1000.00", [eis("crit-circ-eis")], ["circulair"], {
      materialSavedTonnes: "10.5",
      co2eAvoidedTonnes: "2",
    }),
    procurement(
      "p02",
      "GM0363",
      { award: "2021-06-15" },
      "3000.00",
      [award("crit-circ-gun", "5")],
      ["circulair", "klimaat"],
    ),
    procurement("p03", "GM0457", { award: "2021-09-01" }, "500.50", [award("crit-circ-gun", "10")], ["circulair"]),
    procurement(
      "p04",
      "GM0457",
      { award: "2022-02-01" },
      "1499.50",
      [eis("crit-klimaat"), { criterion: "crit-social", use: "contractbepaling" }],
      ["klimaat", "social-return"],
    ),
    procurement(
      "p05",
      "GM0363",
      { publication: "2022-10-01", award: "2022-12-20", contractStart: "2023-01-01", contractEnd: "2024-12-31" },
      "2400.00",
      [eis("crit-circ-eis")],
      ["circulair"],
    ),
    procurement("p06", "GM0457", { award: "2022-05-01" }, "100.00", [], []),
    procurement(
      "p07",
      "GM0370",
      { award: "2021-11-30" },
      "800.00",
      [eis("crit-circ-eis"), eis("crit-klimaat")],
      ["circulair", "klimaat"],
      { co2eAvoidedTonnes: "1.25" },
    ),
    procurement("p08", "GM0439", { award: "2021-05-05" }, "200.00", [], []),
    procurement(
      "p09",
      "GM0363",
      { publication: "2022-11-01", contractStart: "2023-02-01" },
      "1000.00",
      [award("crit-circ-gun", "12.5")],
      ["circulair"],
    ),
    procurement("p10", "GM9999", { award: "2022-01-01" }, "700.00", [], []),
    procurement("p11", "GM0363", {}, "900.00", [], []),
    procurement("p12", "PV27", { award: "2023-04-01" }, "0.10", [eis("crit-missing")], ["circulair"]),
  ],
};

const AMSTERDAM: SubjectRef = { type: "organisation", id: "GM0363" };
const WEESP: SubjectRef = { type: "organisation", id: "GM0457" };
const BEEMSTER: SubjectRef = { type: "organisation", id: "GM0370" };
const PURMEREND: SubjectRef = { type: "organisation", id: "GM0439" };
const GOOI: SubjectRef = { type: "subregion", id: "gooi-en-vechtstreek" };
const AMSTERDAM_REGION: SubjectRef = { type: "subregion", id: "amsterdam" };
const MRA: SubjectRef = { type: "mra", id: "mra" };

const asIs = computeIndicators(handDataset);
const asWas = computeIndicators(handDataset, { geography: "as-was" });

function value(results: IndicatorResults, indicator: string, subject: SubjectRef, year: number): string | undefined {
  return observationOf(results, indicator, subject, year)?.value;
}

function series(results: IndicatorResults, indicator: string, subject: SubjectRef): [number, string][] {
  return seriesOf(results, indicator, subject).map((point) => [point.year, point.value]);
}

describe("the worked example, as-is geography", () => {
  it("names the rule, the geography and the years", () => {
    expect(asIs.rule).toMatchObject({ id: "mra-circulair-default", version: "1.0.0" });
    expect(asIs.geography).toBe("as-is");
    expect(asIs.years).toEqual({ from: 2021, to: 2023 });
  });

  it("counts the input", () => {
    expect(asIs.input).toEqual({
      datasetId: "hand-computed",
      procurements: 12,
      counted: 10,
      // p09 has no award and counts by its contract start; p11 has no date at all
      yearBasis: { award: 9, contractStart: 1, publication: 0 },
      undated: 1,
      unknownBuyer: 1,
      // p03, p04 and p06 of Weesp count for Amsterdam, p07 of Beemster for Purmerend
      reassignedByMerger: 4,
      unresolvedCriteria: 1,
      circular: 5,
      organisations: 36,
      criteria: 4,
      adoptions: 3,
      referenceUsed: { organisations: true, targets: true, purchasePackages: false },
    });
  });

  it("rolls Weesp into Amsterdam and Beemster into Purmerend: merged municipalities are no subjects", () => {
    const ids = asIs.subjects.filter((s) => s.type === "organisation").map((s) => s.id);
    expect(ids).toHaveLength(33);
    expect(ids).not.toContain("GM0457");
    expect(ids).not.toContain("GM0370");
    expect(asIs.subjects.find((s) => s.id === "GM0363")?.predecessors).toEqual(["GM0457"]);
    expect(asIs.subjects.find((s) => s.id === "GM0394")?.predecessors).toEqual(["GM0393"]);
  });

  it("computes the circular share from the contract values the rule counts", () => {
    // 2021: p01 1000.00 + p03 500.50 circular, of 1000.00 + 3000.00 + 500.50; p02's award weight 5 is below 10
    expect(value(asIs, INDICATORS.circularValue, AMSTERDAM, 2021)).toBe("1500.5");
    expect(value(asIs, INDICATORS.procurementValue, AMSTERDAM, 2021)).toBe("4500.5");
    expect(value(asIs, INDICATORS.procurementCount, AMSTERDAM, 2021)).toBe("3");
    // 1500.50 / 4500.50 * 100 = 33.34073991...
    expect(value(asIs, INDICATORS.circularShare, AMSTERDAM, 2021)).toBe("33.34074");
    // 2022: p05 2400.00 (awarded 20 December, contract 2023-2024: all of it in 2022) of p04 1499.50 + p05 + p06 100.00
    expect(series(asIs, INDICATORS.circularShare, AMSTERDAM)).toEqual([
      [2021, "33.34074"],
      [2022, "60.007501"],
      // p09 has no award date: it counts in the year its contract starts
      [2023, "100"],
    ]);
    expect(value(asIs, INDICATORS.procurementValue, AMSTERDAM, 2022)).toBe("3999.5");
  });

  it("adds the organisations up into subregions and the MRA", () => {
    expect(value(asIs, INDICATORS.circularShare, AMSTERDAM_REGION, 2021)).toBe("33.34074");
    expect(value(asIs, INDICATORS.circularShare, { type: "subregion", id: "zaanstreek-waterland" }, 2021)).toBe("80");
    expect(value(asIs, INDICATORS.procurementCount, GOOI, 2021)).toBeUndefined();
    // 2021: 1000.00 + 500.50 + 800.00 circular of 5500.50 in all
    expect(series(asIs, INDICATORS.circularShare, MRA)).toEqual([
      [2021, "41.823471"],
      [2022, "60.007501"],
      // 1000.00 of 1000.00 + 0.10 (the province, which is in no subregion) = 99.99000099...
      [2023, "99.990001"],
    ]);
  });

  it("counts procurements with circular criteria in any use, resolved through the criteria", () => {
    expect(value(asIs, INDICATORS.circularCriteriaCount, AMSTERDAM, 2021)).toBe("3");
    expect(value(asIs, INDICATORS.circularCriteriaShare, AMSTERDAM, 2021)).toBe("100");
    expect(value(asIs, INDICATORS.circularCriteriaCount, AMSTERDAM, 2022)).toBe("1");
    expect(value(asIs, INDICATORS.circularCriteriaShare, AMSTERDAM, 2022)).toBe("33.333333");
    // p12 applies a criterion that is not in the dataset: it does not count
    expect(value(asIs, INDICATORS.circularCriteriaShare, MRA, 2023)).toBe("50");
  });

  it("sums material and greenhouse gas only where outcomes are reported", () => {
    expect(value(asIs, INDICATORS.materialSaved, AMSTERDAM, 2021)).toBe("10.5");
    expect(value(asIs, INDICATORS.co2eAvoided, AMSTERDAM, 2021)).toBe("2");
    expect(value(asIs, INDICATORS.co2eAvoided, PURMEREND, 2021)).toBe("1.25");
    expect(value(asIs, INDICATORS.co2eAvoided, MRA, 2021)).toBe("3.25");
    expect(value(asIs, INDICATORS.materialSaved, AMSTERDAM, 2022)).toBeUndefined();
  });

  it("breaks procurements down by MVOI theme", () => {
    const themes = breakdownOf(asIs, "mvoi-theme", AMSTERDAM, 2021).map((e) => [
      e.member.code,
      e.count?.value,
      e.share?.value,
    ]);
    expect(themes).toEqual([
      ["milieu-biodiversiteit", "0", "0"],
      ["klimaat", "1", "33.333333"],
      ["circulair", "3", "100"],
      ["ketenverantwoordelijkheid", "0", "0"],
      ["diversiteit-inclusie", "0", "0"],
      ["social-return", "0", "0"],
    ]);
    // p12's own theme list counts, even though its criterion is unknown
    expect(value(asIs, "mvoi-theme-share:circulair", MRA, 2023)).toBe("100");
  });

  it("breaks procurements down by the highest MVI ambition level they applied", () => {
    const levels = (year: number) =>
      breakdownOf(asIs, "mvi-ambition-level", AMSTERDAM, year).map((e) => [
        e.member.code,
        e.count?.value,
        e.share?.value,
      ]);
    // p01 basis, p02 and p03 significant
    expect(levels(2021)).toEqual([
      ["basis", "1", "33.333333"],
      ["significant", "2", "66.666667"],
      ["ambitieus", "0", "0"],
    ]);
    // p04 ambitieus (its contract clause is basis), p05 basis, p06 no criteria
    expect(levels(2022)).toEqual([
      ["basis", "1", "33.333333"],
      ["significant", "0", "0"],
      ["ambitieus", "1", "33.333333"],
    ]);
  });

  it("distributes the applied criteria over each R-ladder", () => {
    const ladder = (subject: SubjectRef, year: number) =>
      breakdownOf(asIs, "r-strategy", subject, year)
        .filter((e) => e.count?.value !== "0")
        .map((e) => [e.member.ladder, e.member.code, e.count?.value, e.share?.value]);
    expect(ladder(AMSTERDAM, 2021)).toEqual([
      ["pbl-r0-r9", "R3", "1", "33.333333"],
      ["pbl-r0-r9", "R8", "2", "66.666667"],
    ]);
    expect(ladder(AMSTERDAM, 2022)).toEqual([
      ["pbl-r0-r9", "R3", "1", "100"],
      ["rvo-r1-r6", "R5", "1", "100"],
    ]);
    // p07 applies R3 (PBL) and R5 (RVO): each ladder's shares add up to 100 on their own
    expect(ladder(MRA, 2021)).toEqual([
      ["pbl-r0-r9", "R3", "2", "50"],
      ["pbl-r0-r9", "R8", "2", "50"],
      ["rvo-r1-r6", "R5", "1", "100"],
    ]);
    // a ladder without applied criteria has counts of zero and no shares
    expect(
      breakdownOf(asIs, "r-strategy", AMSTERDAM, 2021).find((e) => e.member.ladder === "rvo-r1-r6")?.share,
    ).toBeUndefined();
  });

  it("counts adopted purchase packages, passing adoptions on to the successor", () => {
    // Weesp's adoption of pkg-a is Amsterdam's under as-is; Amsterdam's own of 2022 adds no second pair
    expect(series(asIs, INDICATORS.packagesAdopted, AMSTERDAM)).toEqual([
      [2021, "1"],
      [2022, "1"],
      [2023, "1"],
    ]);
    // Beemster's undated adoption counts from 2023, the year the dataset was published, for Purmerend
    expect(series(asIs, packageIndicator("pkg-b"), PURMEREND)).toEqual([
      [2021, "0"],
      [2022, "0"],
      [2023, "1"],
    ]);
    expect(series(asIs, INDICATORS.packagesAdopted, MRA)).toEqual([
      [2021, "1"],
      [2022, "1"],
      [2023, "2"],
    ]);
    expect(breakdownOf(asIs, "purchase-package", MRA, 2023).map((e) => [e.member.code, e.count?.value])).toEqual([
      ["pkg-a", "1"],
      ["pkg-b", "1"],
    ]);
  });

  it("measures progress against a linear path from zero in 2018 through 10% in 2022 to 50% in 2025", () => {
    expect(progressOf(asIs, MRA).map((p) => [p.year, p.value, p.target, p.gap, p.status, p.targets])).toEqual([
      [2021, "41.823471", "7.5", "-34.323471", "on-track", ["decl-2018-target-2022"]],
      [2022, "60.007501", "10", "-50.007501", "achieved", ["decl-2018-target-2022"]],
      [2023, "99.990001", "23.333333", "-76.656668", "on-track", ["decl-2018-target-2022", "decl-2018-target-2025"]],
    ]);
    const gooi = progressOf(asIs, GOOI);
    expect(gooi.map((p) => [p.year, p.status, p.value, p.gap])).toEqual([
      [2021, "no-data", undefined, undefined],
      [2022, "no-data", undefined, undefined],
      [2023, "no-data", undefined, undefined],
    ]);
    expect(progressOf(asIs, MRA)[2]).toMatchObject({
      targetKind: "intermediate",
      targetStatus: "adopted",
      targetYear: false,
    });
  });
});

describe("the worked example, as-was geography", () => {
  it("keeps Weesp apart until its merger on 24 March 2022, and its late record goes to Amsterdam", () => {
    expect(asWas.input.reassignedByMerger).toBe(1);
    expect(series(asWas, INDICATORS.circularShare, WEESP)).toEqual([
      [2021, "100"],
      [2022, "0"],
    ]);
    expect(observationOf(asWas, INDICATORS.circularShare, WEESP, 2022)?.period).toEqual({
      start: "2022-01-01",
      end: "2022-03-23",
    });
    // 2021: p01 and p02; 2022: p05 and p06, Weesp's record of May 2022 = 2400.00 / 2500.00
    expect(series(asWas, INDICATORS.circularShare, AMSTERDAM)).toEqual([
      [2021, "25"],
      [2022, "96"],
      [2023, "100"],
    ]);
  });

  it("keeps Beemster until 2022 and Weesp's history in Gooi en Vechtstreek", () => {
    expect(series(asWas, INDICATORS.circularShare, BEEMSTER)).toEqual([[2021, "100"]]);
    expect(series(asWas, INDICATORS.circularShare, PURMEREND)).toEqual([[2021, "0"]]);
    expect(series(asWas, INDICATORS.circularShare, GOOI)).toEqual([
      [2021, "100"],
      [2022, "0"],
    ]);
    expect(value(asWas, INDICATORS.circularShare, AMSTERDAM_REGION, 2021)).toBe("25");
  });

  it("gives the MRA the same totals as as-is", () => {
    expect(series(asWas, INDICATORS.circularShare, MRA)).toEqual(series(asIs, INDICATORS.circularShare, MRA));
    expect(series(asWas, INDICATORS.procurementValue, MRA)).toEqual(series(asIs, INDICATORS.procurementValue, MRA));
  });

  it("passes adoptions on at the end of the period", () => {
    expect(series(asWas, INDICATORS.packagesAdopted, WEESP)).toEqual([
      [2021, "1"],
      [2022, "1"],
    ]);
    expect(series(asWas, INDICATORS.packagesAdopted, AMSTERDAM)).toEqual([
      [2021, "0"],
      [2022, "1"],
      [2023, "1"],
    ]);
    expect(series(asWas, INDICATORS.packagesAdopted, GOOI)).toEqual([
      [2021, "1"],
      [2022, "0"],
      [2023, "0"],
    ]);
  });

  it("has no progress for a municipality in the years after it merged, and says behind below the path", () => {
    expect(progressOf(asWas, WEESP).map((p) => [p.year, p.status])).toEqual([
      [2021, "on-track"],
      [2022, "missed"],
    ]);
    expect(progressOf(asWas, BEEMSTER).map((p) => p.year)).toEqual([2021]);
    expect(progressOf(asWas, PURMEREND).map((p) => [p.year, p.target, p.status])).toEqual([
      [2021, "7.5", "behind"],
      [2022, "10", "no-data"],
      [2023, "23.333333", "no-data"],
    ]);
  });
});

describe("the worked example with another rule", () => {
  it("counts p02 as circular when the minimum award weight is 5%", () => {
    const rule = {
      id: "weight-5",
      version: "2.0.0",
      name: { nl: "Weging 5", en: "Weight 5" },
      description: { nl: "Weging vanaf 5%.", en: "Weight from 5%." },
      conditions: [
        {
          kind: "applied-criterion" as const,
          mvoiTheme: "circulair" as const,
          uses: ["gunningscriterium" as const],
          minWeight: "5",
        },
      ],
    };
    const results = computeIndicators(handDataset, { rule });
    // p01 now fails (eis is not in uses); p02 3000.00 and p03 500.50 count: 3500.50 / 4500.50
    expect(value(results, INDICATORS.circularValue, AMSTERDAM, 2021)).toBe("3500.5");
    expect(observationOf(results, INDICATORS.circularShare, AMSTERDAM, 2021)?.ruleVersion).toBe("2.0.0");
    expect(results.rule.id).toBe("weight-5");
  });
});

describe("a procurement with a bad amount", () => {
  it("is refused by name and leaves the other results as they were", () => {
    const accumulator = createIndicatorAccumulator(handDataset);
    for (const p of handDataset.procurements ?? []) accumulator.add(p);
    const bad = {
      ...(handDataset.procurements?.[0] as Procurement),
      id: "bad",
      contractValue: { amount: "1,5", currency: "EUR" as const },
    };
    expect(() => accumulator.add({ ...bad, dates: { award: "2030-01-01" } })).toThrow(/^procurement bad: .*"1,5"/);
    const results = accumulator.results();
    expect(results.years).toEqual({ from: 2021, to: 2023 });
    expect(series(results, INDICATORS.circularShare, MRA)).toEqual(series(asIs, INDICATORS.circularShare, MRA));
  });
});

describe("computedFrom", () => {
  const [p01, , p03, , , , , , , , , p12] = handDataset.procurements as Procurement[];
  // p01 twice, p03's identifier again for another buyer and value, p12's for another year
  const duplicates = [
    p01 as Procurement,
    { ...(p03 as Procurement), buyer: "GM0363", contractValue: { amount: "7.00", currency: "EUR" as const } },
    { ...(p12 as Procurement), dates: { award: "2021-04-01" } },
  ];
  const withDuplicates: Dataset = {
    ...handDataset,
    procurements: [...(handDataset.procurements ?? []), ...duplicates],
  };
  const counted = (o: Observation) => Number(/from (\d+) procurements/.exec(o.provenance?.[0]?.note?.en ?? "")?.[1]);

  it("counts every record of an identifier but lists the identifier once", () => {
    const results = computeIndicators(withDuplicates);
    const count = observationOf(results, INDICATORS.procurementCount, AMSTERDAM, 2021);
    // p01, p02, p03, and again p01 and p03
    expect(count?.value).toBe("5");
    expect(count?.computedFrom).toEqual(["p01", "p02", "p03"]);
    expect(observationOf(results, INDICATORS.procurementCount, MRA, 2021)?.computedFrom).toEqual([
      "p01",
      "p02",
      "p03",
      "p07",
      "p08",
      "p12",
    ]);
  });

  it("holds the limit to the records counted, duplicates included", () => {
    const results = computeIndicators(withDuplicates, { computedFromLimit: 4 });
    const count = observationOf(results, INDICATORS.procurementCount, AMSTERDAM, 2021);
    expect(count?.computedFrom).toBeUndefined();
    expect(count?.provenance?.[0]?.note?.en).toContain("from 5 procurements (more than 4: not listed)");
    expect(observationOf(results, INDICATORS.circularValue, AMSTERDAM, 2021)?.computedFrom).toEqual(["p01", "p03"]);
  });

  it("lists what it lists without a limit wherever the records counted are within it", () => {
    const whole = new Map(computeIndicators(withDuplicates).observations.map((o) => [o.id, o.computedFrom]));
    for (const limit of [1, 2, 3, 5, 8]) {
      for (const o of computeIndicators(withDuplicates, { computedFromLimit: limit }).observations)
        expect(o.computedFrom, `${o.id} with limit ${limit}`).toEqual(
          counted(o) <= limit ? whole.get(o.id) : undefined,
        );
    }
  });

  it("does not depend on the order of the records, duplicates included", () => {
    const procurements = withDuplicates.procurements ?? [];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(procurements, { minLength: procurements.length, maxLength: procurements.length }),
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom("as-is" as const, "as-was" as const),
        (shuffled, limit, geography) => {
          const options = { computedFromLimit: limit, geography };
          expect(computeIndicators({ ...withDuplicates, procurements: shuffled }, options)).toEqual(
            computeIndicators(withDuplicates, options),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it("gives the results of everything added, also after results were asked for before", () => {
    const accumulator = createIndicatorAccumulator(withDuplicates);
    const procurements = withDuplicates.procurements ?? [];
    for (const p of procurements) if (p.id !== "p02") accumulator.add(p);
    const early = accumulator.results();
    const earlyLists = early.observations.map((o) => [...(o.computedFrom ?? [])]);
    // p02 joins Amsterdam's 2021 tally, whose lists were made already
    accumulator.add(procurements.find((p) => p.id === "p02") as Procurement);
    expect(accumulator.results()).toEqual(computeIndicators(withDuplicates));
    // the lists handed out before are left as they were
    expect(early.observations.map((o) => o.computedFrom ?? [])).toEqual(earlyLists);
  });
});

describe("the results as exchange data", () => {
  it("gives observations and definitions that the schemas accept, in either geography", () => {
    for (const results of [asIs, asWas]) {
      for (const observation of results.observations)
        expect(validate("Observation", observation)).toMatchObject({ valid: true });
      for (const definition of results.definitions) {
        expect(validate("IndicatorDefinition", definition)).toMatchObject({ valid: true });
      }
    }
  });
});
