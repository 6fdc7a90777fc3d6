import type { Dataset, Declaration, Organisation, Signature } from "@mra-circulair/types";
import { assertCalendarDate } from "./calendar-date.ts";
import { referenceDataset } from "./dataset.ts";
import { compareOrganisations, existsOn } from "./organisations.ts";

/** A signatory: the organisation and its signature. */
export interface Signatory {
  organisation: Organisation;
  signature: Signature;
}

/** Options of {@link signatoriesOn}. */
export interface SignatoriesOptions {
  /** The declaration's identifier; may be left out when the dataset holds exactly one declaration. */
  declaration?: string;
  /** The dataset to read; the reference dataset by default. */
  dataset?: Dataset;
}

function pickDeclaration(dataset: Dataset, id: string | undefined): Declaration {
  const declarations = dataset.declarations ?? [];
  const found = id === undefined && declarations.length === 1 ? declarations[0] : declarations.find((d) => d.id === id);
  if (!found) {
    const known = declarations.map((d) => d.id).join(", ") || "none";
    throw new RangeError(`declaration ${id ?? "(not given)"} not found; the dataset holds: ${known}`);
  }
  return found;
}

/**
 * The organisations that have signed the declaration on or before `date` and still exist on that date.
 * On 2018-06-20 the reference dataset gives 33 municipalities, 2 provinces and the Vervoerregio; on
 * 2023-01-01 it gives 30 municipalities, because three merged into other signatories.
 */
export function signatoriesOn(date: string, options: SignatoriesOptions = {}): Signatory[] {
  assertCalendarDate(date);
  const dataset = options.dataset ?? referenceDataset;
  const declaration = pickDeclaration(dataset, options.declaration);
  const byId = new Map((dataset.organisations ?? []).map((o) => [o.id, o]));
  const result: Signatory[] = [];
  for (const signature of dataset.signatures ?? []) {
    if (signature.declaration !== declaration.id || signature.signedOn > date) continue;
    const organisation = byId.get(signature.organisation);
    if (organisation && existsOn(organisation, date)) result.push({ organisation, signature });
  }
  return result.sort((a, b) => compareOrganisations(a.organisation, b.organisation));
}
