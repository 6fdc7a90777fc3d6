import {
  computeIndicators,
  createIndicatorAccumulator,
  INDICATORS,
  type IndicatorResults,
  observationOf,
  seriesOf,
} from "@mra-circulair/indicators";
import { validate } from "@mra-circulair/schema";
import type { Observation, Procurement } from "@mra-circulair/types";
import { describe, expect, it } from "vitest";
import { generateDataset } from "./dataset.ts";

const dataset = generateDataset({ records: 20_000, seed: 20180620 });
const asIs = computeIndicators(dataset, { computedFromLimit: 2000 });
const asWas = computeIndicators(dataset, { geography: "as-was" });

// observation values have at most 6 decimals, so as whole millionths they add and divide exactly
const MICRO = 1_000_000n;

function micro(value: string): bigint {
  const [whole = "", fraction = ""] = value.split(".");
  return BigInt(whole) * MICRO + BigInt(fraction.padEnd(6, "0"));
}

function sumOf(observations: readonly (Observation | undefined)[]): bigint {
  return observations.reduce((sum, o) => (o ? sum + micro(o.value) : sum), 0n);
}

// part / whole × 100 in millionths, rounded half to even as the engine documents
function percentOf(part: bigint, whole: bigint): bigint {
  const numerator = part * 100n * MICRO;
  const quotient = numerator / whole;
  const twice = 2n * (numerator % whole);
  return twice > whole || (twice === whole && quotient % 2n === 1n) ? quotient + 1n : quotient;
}

describe("indicators over a generated dataset of 20,000 procurements", () => {
  it.each([
    ["as-is", asIs],
    ["as-was", asWas],
  ] as [string, IndicatorResults][])("are valid exchange data (%s)", (_, results) => {
    const invalid = results.observations.flatMap((o) => {
      const result = validate("Observation", o);
      return result.valid ? [] : [{ id: o.id, errors: result.errors.slice(0, 2) }];
    });
    expect(invalid.slice(0, 3)).toEqual([]);
    const report = {
      meta: dataset.meta,
      indicatorDefinitions: results.definitions,
      observations: results.observations,
    };
    const whole = validate("Dataset", report);
    expect(whole.valid ? [] : whole.errors.slice(0, 3)).toEqual([]);
  });

  it("count every procurement once, in the organisations, the subregions and the MRA alike", () => {
    expect(asIs.input.counted).toBe(20_000);
    const organisations = asIs.subjects.filter((s) => s.type === "organisation");
    const subregions = asIs.subjects.filter((s) => s.type === "subregion");
    const outside = organisations.filter((s) => s.subregion === undefined);
    for (let year = 2019; year <= 2025; year++) {
      for (const indicator of [INDICATORS.procurementValue, INDICATORS.procurementCount, INDICATORS.circularValue]) {
        const mra = observationOf(asIs, indicator, { type: "mra", id: "mra" }, year)?.value;
        expect(mra, `${indicator} ${year}`).toBeDefined();
        expect(sumOf(organisations.map((s) => observationOf(asIs, indicator, s, year)))).toBe(micro(mra ?? ""));
        expect(sumOf([...subregions, ...outside].map((s) => observationOf(asIs, indicator, s, year)))).toBe(
          micro(mra ?? ""),
        );
        expect(observationOf(asWas, indicator, { type: "mra", id: "mra" }, year)?.value).toBe(mra);
      }
    }
  });

  it("give a share that is the circular value over the total value", () => {
    const subject = { type: "subregion" as const, id: "gooi-en-vechtstreek" };
    const points = seriesOf(asWas, INDICATORS.circularShare, subject);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      const circular = observationOf(asWas, INDICATORS.circularValue, subject, point.year)?.value ?? "";
      const total = observationOf(asWas, INDICATORS.procurementValue, subject, point.year)?.value ?? "";
      expect(point.value).toMatch(/^(0|[1-9][0-9]*)(\.[0-9]{0,5}[1-9])?$/);
      expect(micro(point.value)).toBe(percentOf(micro(circular), micro(total)));
    }
  });

  it("list the procurements counted up to the limit, and say so beyond it", () => {
    const amsterdam = observationOf(asIs, INDICATORS.procurementCount, { type: "organisation", id: "GM0363" }, 2025);
    const mra = observationOf(asIs, INDICATORS.procurementCount, { type: "mra", id: "mra" }, 2025);
    expect(amsterdam?.computedFrom?.length).toBe(Number(amsterdam?.value));
    expect(mra?.computedFrom).toBeUndefined();
    expect(mra?.provenance?.[0]?.note?.en).toContain("(more than 2000: not listed)");
  });
});

describe("money over 1,000,000 procurements", () => {
  it("adds up to exactly the sum of the integer cents", () => {
    const accumulator = createIndicatorAccumulator(dataset, { computedFromLimit: 1 });
    let cents = 0n;
    let state = 42;
    const template = dataset.procurements?.[0] as Procurement;
    for (let i = 0; i < 1_000_000; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const amount = `${state % 10_000_000}.${String(i % 100).padStart(2, "0")}`;
      cents += BigInt(state % 10_000_000) * 100n + BigInt(i % 100);
      accumulator.add({ ...template, id: `p${i}`, contractValue: { amount, currency: "EUR" } });
    }
    const results = accumulator.results();
    const year = Number((template.dates.award ?? template.dates.publication ?? "").slice(0, 4));
    const whole = cents / 100n;
    const rest = cents % 100n;
    const expected = rest === 0n ? `${whole}` : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
    expect(observationOf(results, INDICATORS.procurementValue, { type: "mra", id: "mra" }, year)?.value).toBe(expected);
  });
});
