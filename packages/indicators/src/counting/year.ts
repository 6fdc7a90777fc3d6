import type { Procurement } from "@mra-circulair/types";

/** Which date placed a procurement in its year. */
export type YearBasis = "award" | "contractStart" | "publication";

/** The day a procurement counts on and why: the award, else the contract start, else the publication. */
export interface CountingDay {
  readonly date: string;
  readonly year: number;
  readonly basis: YearBasis;
}

/**
 * The day a procurement counts on. The award decision is when the purchase is made, so its year is the year of the
 * whole contract value, also when the contract runs over several years; the other two dates stand in when it is
 * missing. Undefined when the procurement has none of the three.
 */
export function countingDay(procurement: Procurement): CountingDay | undefined {
  const { award, contractStart, publication } = procurement.dates;
  if (award !== undefined) return { date: award, year: Number(award.slice(0, 4)), basis: "award" };
  if (contractStart !== undefined)
    return { date: contractStart, year: Number(contractStart.slice(0, 4)), basis: "contractStart" };
  if (publication !== undefined)
    return { date: publication, year: Number(publication.slice(0, 4)), basis: "publication" };
  return undefined;
}
