import type { Organisation } from "@mra-circulair/types";

/** The organisation's CBS code (GM0363, PV27), if it has one. */
export function cbsCode(organisation: Organisation): string | undefined {
  return organisation.identifiers.find((i) => i.scheme === "cbs-gemeente" || i.scheme === "cbs-provincie")?.value;
}

/** "Weesp (GM0457)": the name with the CBS code, or with the identifier when there is no CBS code. */
export function organisationLabel(organisation: Organisation): string {
  return `${organisation.name} (${cbsCode(organisation) ?? organisation.id})`;
}
