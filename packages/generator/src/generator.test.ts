import { createHash } from "node:crypto";
import { computeIndicators } from "@mra-circulair/indicators";
import { referenceDataset } from "@mra-circulair/reference";
import { validate } from "@mra-circulair/schema";
import type { Dataset, DatasetRecord, Procurement } from "@mra-circulair/types";
import { describe, expect, it } from "vitest";
import { parseIsoDate } from "./calendar.ts";
import { generateDataset, generateNdjsonLines, generateRecords } from "./index.ts";
import { AWARD_HORIZON_DAYS } from "./procurement.ts";
import { COMPUTED_FROM_LIMIT, yearCounts } from "./records.ts";

const SEEDS = [1, 42, 20180620, 4294967295];
const VERIFIED_CPV = new Set(["39130000-2", "39112000-0", "45233222-1", "55520000-1"]);

const datasets = new Map<string, Dataset>();
function dataset(seed: number, records = 1500, from?: number): Dataset {
  const key = `${seed}:${records}:${from}`;
  let found = datasets.get(key);
  if (!found) {
    found = generateDataset({ records, seed, ...(from === undefined ? {} : { from }) });
    datasets.set(key, found);
  }
  return found;
}

function procurements(seed: number): Procurement[] {
  return dataset(seed).procurements ?? [];
}

describe("generated data is valid", () => {
  it.each(SEEDS)("as a Dataset document (seed %i)", (seed) => {
    const result = validate("Dataset", generateDataset({ records: 300, seed }));
    expect(result.valid ? [] : result.errors.slice(0, 5)).toEqual([]);
  });

  it.each([7, 2025])("line by line as DatasetRecord (seed %i)", (seed) => {
    let lines = 0;
    for (const line of generateNdjsonLines({ records: 300, seed, from: 2018 })) {
      const result = validate("DatasetRecord", JSON.parse(line));
      expect(result.valid ? [] : [line.slice(0, 200), result.errors.slice(0, 3)]).toEqual([]);
      lines += 1;
    }
    expect(lines).toBeGreaterThan(300);
  });

  it("for a dataset with no procurements and for a single year", () => {
    for (const options of [
      { records: 0, seed: 5 },
      { records: 50, seed: 5, from: 2022, to: 2022 },
    ]) {
      const result = validate("Dataset", generateDataset(options));
      expect(result.valid ? [] : result.errors.slice(0, 5)).toEqual([]);
    }
  });
});

describe("determinism", () => {
  const text = (seed: number) => [...generateNdjsonLines({ records: 400, seed })].join("\n");

  it("gives byte-identical output for identical options", () => {
    expect(text(42)).toBe(text(42));
  });

  it("keeps the procurements of a seed fixed across releases and engines", () => {
    // a change here changes the data every seed gives: intended changes update the snapshot with vitest -u
    const hash = createHash("sha256");
    for (const line of generateNdjsonLines({ records: 200, seed: 42 })) {
      if (line.startsWith('{"type":"procurement"')) hash.update(`${line}\n`);
    }
    expect(hash.digest("hex")).toMatchInlineSnapshot(
      `"e043808b18379351bfd3714833ef17dadb989a1e9802d7db3079795cd9998325"`,
    );
  });

  it("gives other procurements for another seed, but the same reference data", () => {
    const a = dataset(1);
    const b = dataset(42);
    expect(a.procurements).not.toEqual(b.procurements);
    expect(a.organisations).toEqual(b.organisations);
  });

  it("makes the Dataset from the same records as the NDJSON lines", () => {
    const fromLines = [...generateNdjsonLines({ records: 400, seed: 3 })].map(
      (line) => JSON.parse(line) as DatasetRecord,
    );
    const document = generateDataset({ records: 400, seed: 3 });
    expect(fromLines[0]).toEqual({ type: "meta", record: document.meta });
    expect(fromLines.filter((l) => l.type === "procurement").map((l) => l.record)).toEqual(document.procurements);
    expect(fromLines.filter((l) => l.type === "observation").map((l) => l.record)).toEqual(document.observations);
    expect(fromLines.filter((l) => l.type === "criterion").map((l) => l.record)).toEqual(document.criteria);
  });
});

describe("record stream", () => {
  it("comes in NDJSON order with exactly `records` procurements", () => {
    const types = [...generateRecords({ records: 250, seed: 8 })].map((line) => line.type);
    const order = [
      "meta",
      "organisation",
      "declaration",
      "signature",
      "roadmap",
      "goal",
      "purchase-package",
      "track",
      "criterion",
      "indicator-definition",
      "mvi-link",
      "procurement",
      "observation",
    ];
    const runs = types.filter((type, i) => type !== types[i - 1]);
    expect(runs).toEqual(order);
    expect(types.filter((type) => type === "procurement")).toHaveLength(250);
    expect(types.filter((type) => type === "organisation")).toHaveLength(36);
  });

  it("is lazy: the first procurements of a billion come at once", () => {
    const started = performance.now();
    let seen = 0;
    for (const line of generateNdjsonLines({ records: 1_000_000_000, seed: 1 })) {
      if (line.startsWith('{"type":"procurement"')) seen += 1;
      if (seen === 100) break;
    }
    expect(seen).toBe(100);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("spreads the procurements over the years, a few more each year", () => {
    const counts = yearCounts({ records: 1_000_003, seed: 0, from: 2019, to: 2025 });
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1_000_003);
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThan(counts[i - 1] ?? 0);
    expect(yearCounts({ records: 5, seed: 0, from: 2019, to: 2025 }).reduce((a, b) => a + b, 0)).toBe(5);
  });

  it("rejects options out of range", () => {
    const bad = [
      { records: -1, seed: 1 },
      { records: 1.5, seed: 1 },
      { records: 10, seed: -1 },
      { records: 10, seed: 1, from: 2017 },
      { records: 10, seed: 1, to: 2031 },
      { records: 10, seed: 1, from: 2024, to: 2020 },
    ];
    for (const options of bad) expect(() => generateDataset(options), JSON.stringify(options)).toThrow(RangeError);
  });
});

describe("realism", () => {
  const organisations = new Map((referenceDataset.organisations ?? []).map((o) => [o.id, o]));

  it("uses all signatories, Amsterdam buying most", () => {
    const counts = new Map<string, number>();
    for (const p of procurements(42)) counts.set(p.buyer, (counts.get(p.buyer) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe("GM0363");
    // all but Haarlemmerliede, which merged on 2019-01-01, before the first year
    expect(counts.size).toBe(35);
    expect(counts.has("GM0393")).toBe(false);
  });

  it("stops a merged municipality's purchasing at its end date and continues it under the successor", () => {
    const all = dataset(42, 20_000, 2018).procurements ?? [];
    for (const p of all) {
      const buyer = organisations.get(p.buyer);
      expect(buyer, p.buyer).toBeDefined();
      const last = p.dates.award ?? p.dates.publication ?? "";
      if (buyer?.validTo !== undefined) expect(last < buyer.validTo, p.id).toBe(true);
    }
    const byBuyer = (id: string) => all.filter((p) => p.buyer === id);
    for (const [merged, successor, end] of [
      ["GM0393", "GM0394", "2019-01-01"],
      ["GM0370", "GM0439", "2022-01-01"],
      ["GM0457", "GM0363", "2022-03-24"],
    ] as const) {
      expect(byBuyer(merged).length, merged).toBeGreaterThan(0);
      expect(byBuyer(successor).some((p) => (p.dates.publication ?? "") >= end)).toBe(true);
    }
    // Purmerend buys more once Beemster is part of it
    const perDay = (from: string, to: string) =>
      byBuyer("GM0439").filter((p) => (p.dates.publication ?? "") >= from && (p.dates.publication ?? "") < to).length /
      (parseIsoDate(to) - parseIsoDate(from));
    expect(perDay("2022-06-01", "2025-01-01")).toBeGreaterThan(perDay("2018-01-01", "2021-06-01"));
  });

  it("keeps dates in order and publications within the years", () => {
    for (const seed of SEEDS) {
      let previous = "";
      for (const p of procurements(seed)) {
        const { publication = "", award, contractStart, contractEnd } = p.dates;
        expect(publication >= previous, p.id).toBe(true);
        previous = publication;
        expect(publication >= "2019-01-01" && publication <= "2025-12-31").toBe(true);
        if (award !== undefined) {
          expect(
            publication < award && award < (contractStart ?? "") && (contractStart ?? "") < (contractEnd ?? ""),
          ).toBe(true);
          expect(parseIsoDate(award) - parseIsoDate(publication)).toBeLessThanOrEqual(AWARD_HORIZON_DAYS);
        } else {
          // only tenders not yet awarded at the end of the last year lack the later dates
          expect(contractStart).toBeUndefined();
          expect(publication >= "2025-08-01").toBe(true);
        }
      }
    }
  });

  it("writes contract values as exact two-decimal strings with a skewed distribution", () => {
    const values = procurements(1).map((p) => {
      expect(p.contractValue.amount).toMatch(/^(0|[1-9][0-9]*)\.[0-9]{2}$/);
      expect(p.contractValue.currency).toBe("EUR");
      return Number(p.contractValue.amount);
    });
    values.sort((a, b) => a - b);
    const median = values[values.length >> 1] ?? 0;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(1.4 * median);
    const top = values.slice(Math.floor(values.length * 0.9)).reduce((a, b) => a + b, 0);
    expect(top / (mean * values.length)).toBeGreaterThan(0.35);
  });

  it("uses only verified CPV codes and known purchase packages and criteria", () => {
    const document = dataset(42);
    const packages = new Set((document.purchasePackages ?? []).map((p) => p.id));
    const criteria = new Map((document.criteria ?? []).map((c) => [c.id, c]));
    for (const p of document.procurements ?? []) {
      for (const code of p.cpvCodes) expect(VERIFIED_CPV.has(code), code).toBe(true);
      if (p.purchasePackage !== undefined) expect(packages.has(p.purchasePackage)).toBe(true);
      for (const applied of p.criteriaApplied) {
        const criterion = criteria.get(applied.criterion);
        expect(criterion, applied.criterion).toBeDefined();
        expect(applied.use).toBe(criterion?.type);
        if (criterion?.validFrom !== undefined) expect((p.dates.publication ?? "") >= criterion.validFrom).toBe(true);
      }
    }
  });

  it("applies criteria with weights summing to at most 100, more often circular over the years", () => {
    const circularByYear = new Map<string, [number, number]>();
    for (const p of dataset(42, 6000).procurements ?? []) {
      const weights = p.criteriaApplied.map((c) => (c.weight === undefined ? 0 : Number(c.weight)));
      expect(weights.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100);
      for (const c of p.criteriaApplied) expect(c.weight === undefined).toBe(c.use !== "gunningscriterium");
      const year = (p.dates.publication ?? "").slice(0, 4);
      const [circular, total] = circularByYear.get(year) ?? [0, 0];
      circularByYear.set(year, [circular + (p.mvoiThemes.includes("circulair") ? 1 : 0), total + 1]);
    }
    const share = (year: string) => {
      const [circular, total] = circularByYear.get(year) ?? [0, 1];
      return circular / total;
    };
    expect(share("2025")).toBeGreaterThan(2 * share("2019"));
    expect(share("2019")).toBeGreaterThan(0);
  });

  it("derives themes from the criteria and eForms codes from the themes", () => {
    const criteria = new Map((dataset(42).criteria ?? []).map((c) => [c.id, c]));
    for (const p of procurements(42)) {
      const themes = new Set(p.criteriaApplied.flatMap((a) => criteria.get(a.criterion)?.mvoiThemes ?? []));
      expect(new Set(p.mvoiThemes)).toEqual(themes);
      const { strategicProcurement, environmentalImpact, gppCriteria } = p.eforms;
      expect(environmentalImpact.includes("circ-econ")).toBe(themes.has("circulair"));
      expect(environmentalImpact.includes("clim-mitig")).toBe(themes.has("klimaat"));
      const environmental = environmentalImpact.length > 0;
      expect(strategicProcurement.includes("env-imp")).toBe(environmental);
      expect(strategicProcurement.includes("soc-obj")).toBe(themes.has("social-return"));
      expect(strategicProcurement.includes("none")).toBe(themes.size === 0);
      expect(gppCriteria.includes("none")).toBe(!environmental);
    }
  });

  it("sometimes reports outcomes, only for awarded circular procurements", () => {
    const all = procurements(42);
    const withOutcomes = all.filter((p) => p.outcomes !== undefined);
    expect(withOutcomes.length).toBeGreaterThan(0);
    expect(withOutcomes.length).toBeLessThan(all.length / 4);
    for (const p of withOutcomes) {
      expect(p.mvoiThemes).toContain("circulair");
      expect(p.dates.award).toBeDefined();
      expect(p.outcomes?.materialSavedTonnes ?? p.outcomes?.co2eAvoidedTonnes).toBeDefined();
    }
  });
});

describe("observations", () => {
  it.each([
    ["seed 1, 1500 procurements", 1, 1500, undefined],
    ["seed 42, 20,000 procurements from 2018, across the mergers", 42, 20_000, 2018],
    ["seed 5, no procurements", 5, 0, undefined],
  ] as const)("are what computeIndicators gives on the generated dataset (%s)", (_, seed, records, from) => {
    const document = dataset(seed, records, from);
    const expected = computeIndicators(document, { computedFromLimit: COMPUTED_FROM_LIMIT }).observations;
    expect(document.observations).toEqual(expected);
    if (records > 0) expect(expected.length).toBeGreaterThan(0);
  });

  it("name indicators defined in the dataset and procurements of the dataset", () => {
    const document = dataset(1);
    const ids = new Set((document.procurements ?? []).map((p) => p.id));
    const indicators = new Set((document.indicatorDefinitions ?? []).map((d) => d.id));
    const observations = document.observations ?? [];
    for (const o of observations) {
      expect(indicators.has(o.indicator), o.indicator).toBe(true);
      for (const id of o.computedFrom ?? []) expect(ids.has(id), id).toBe(true);
    }
    // both sides of the limit occur: subject-years with their procurements listed, and the MRA's without
    expect(observations.some((o) => o.computedFrom !== undefined)).toBe(true);
    expect(observations.some((o) => o.computedFrom === undefined && o.subject.type === "mra")).toBe(true);
  });
});
