import type { Provenance } from "@mra-circulair/types";

/** The provenance every generated record beyond the reference data carries, so it is never taken for real data. */
export function syntheticProvenance(): Provenance[] {
  return [
    {
      status: "unconfirmed",
      note: {
        nl: "Synthetische gegevens van @mra-circulair/generator; geen werkelijke gegevens.",
        en: "Synthetic data from @mra-circulair/generator; not real data.",
      },
    },
  ];
}
