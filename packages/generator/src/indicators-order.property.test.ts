import { computeIndicators } from "@mra-circulair/indicators";
import type { Dataset } from "@mra-circulair/types";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateDataset } from "./dataset.ts";

const generated = generateDataset({ records: 400, seed: 11 });
// adoptions, also by merged municipalities, so that the property covers them
const dataset: Dataset = {
  ...generated,
  purchasePackages: (generated.purchasePackages ?? []).map((pkg, index) => ({
    ...pkg,
    adoptions: [
      {
        organisation: ["GM0457", "GM0363", "GM0370", "PV27", "GM0393"][index] ?? "GM0358",
        adoptedOn: `${2019 + index}-03-01`,
      },
      { organisation: "GM0392" },
    ],
  })),
};

const shuffled = <T>(list: readonly T[] | undefined) =>
  fc.shuffledSubarray([...(list ?? [])], { minLength: list?.length ?? 0, maxLength: list?.length ?? 0 });

describe("indicator results", () => {
  it.each(["as-is", "as-was"] as const)("do not depend on the order of the records (%s)", (geography) => {
    const expected = computeIndicators(dataset, { geography, computedFromLimit: 60 });
    fc.assert(
      fc.property(
        shuffled(dataset.procurements),
        shuffled(dataset.criteria),
        shuffled(dataset.organisations),
        shuffled(dataset.purchasePackages),
        (procurements, criteria, organisations, purchasePackages) => {
          const reordered = { ...dataset, procurements, criteria, organisations, purchasePackages };
          expect(computeIndicators(reordered, { geography, computedFromLimit: 60 })).toEqual(expected);
        },
      ),
      { numRuns: 15 },
    );
  });
});
