import type { Dataset, Observation } from "@mra-circulair/types";
import { describe, expectTypeOf, it } from "vitest";
import {
  type BreakdownEntry,
  breakdownOf,
  type ComputeOptions,
  computeIndicators,
  type IndicatorResults,
  type ProgressStatus,
  type SeriesPoint,
  seriesOf,
} from "./index.ts";

describe("the results contract", () => {
  it("gives model Observations and typed accessors", () => {
    expectTypeOf(computeIndicators).parameters.toEqualTypeOf<[Dataset, (ComputeOptions | undefined)?]>();
    expectTypeOf<IndicatorResults["observations"]>().toEqualTypeOf<readonly Observation[]>();
    expectTypeOf(seriesOf).returns.toEqualTypeOf<SeriesPoint[]>();
    expectTypeOf(breakdownOf).returns.toEqualTypeOf<BreakdownEntry[]>();
    expectTypeOf<ProgressStatus>().toEqualTypeOf<"on-track" | "behind" | "achieved" | "missed" | "no-data">();
  });

  it("accepts only the two geographies", () => {
    expectTypeOf<{ geography: "as-was" }>().toExtend<ComputeOptions>();
    expectTypeOf<{ geography: "today" }>().not.toExtend<ComputeOptions>();
    expectTypeOf<{ reference: "yes" }>().not.toExtend<ComputeOptions>();
  });
});
