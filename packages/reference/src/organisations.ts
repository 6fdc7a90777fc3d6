import type { Dataset, Organisation } from "@mra-circulair/types";
import { assertCalendarDate } from "./calendar-date.ts";
import { referenceDataset } from "./dataset.ts";

const KIND_ORDER: Record<Organisation["kind"], number> = { gemeente: 0, provincie: 1, vervoerregio: 2, other: 3 };

/** Whether the organisation exists on `date`: validFrom is inclusive, validTo exclusive (as CBS end dates). */
export function existsOn(organisation: Organisation, date: string): boolean {
  assertCalendarDate(date);
  if (organisation.validFrom !== undefined && date < organisation.validFrom) return false;
  return organisation.validTo === undefined || date < organisation.validTo;
}

/** Orders organisations as people read lists of them: municipalities, provinces, the Vervoerregio; then by name. */
export function compareOrganisations(a: Organisation, b: Organisation): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "nl");
}

/** The organisations of a dataset that exist on `date`. */
export function organisationsOn(date: string, dataset: Dataset = referenceDataset): Organisation[] {
  return (dataset.organisations ?? []).filter((o) => existsOn(o, date)).sort(compareOrganisations);
}

/**
 * Finds an organisation by identifier (GM0457), by an official identifier value, or by name
 * (case-insensitive, "Weesp").
 */
export function findOrganisation(query: string, dataset: Dataset = referenceDataset): Organisation | undefined {
  const organisations = dataset.organisations ?? [];
  const wanted = query.trim().toLocaleLowerCase("nl");
  return (
    organisations.find((o) => o.id === query) ??
    organisations.find((o) => o.identifiers.some((i) => i.value === query)) ??
    organisations.find((o) => o.name.toLocaleLowerCase("nl") === wanted)
  );
}
