import type { Organisation, SubregionCode } from "@mra-circulair/types";
import { MRA_NAME, SUBREGIONS } from "../catalogue/labels.ts";
import type { ResultSubject } from "../results.ts";
import type { GeographyResolver } from "./geography.ts";
import type { OrganisationRegister } from "./organisations.ts";

/** A subject with the organisations whose tallies it adds up and, for an organisation, the organisation itself. */
export interface SubjectPlan {
  readonly subject: ResultSubject;
  readonly members: ReadonlySet<string>;
  readonly organisation?: Organisation;
}

/**
 * The subjects under the geography: the organisations that are subjects of their own, the subregions they belong
 * to (codelist order), and the MRA, which holds every organisation subject, also those without a subregion.
 */
export function planSubjects(register: OrganisationRegister, resolver: GeographyResolver): SubjectPlan[] {
  const all = register.all();
  const organisations = all.filter((o) => resolver.isSubject(o));
  const asIs = resolver.mode === "as-is";
  const plans: SubjectPlan[] = organisations.map((organisation) => {
    const predecessors = asIs
      ? all
          .filter((o) => o !== organisation && register.continuing(o) === organisation)
          .map((o) => o.id)
          .sort()
      : [];
    const subject: ResultSubject = {
      type: "organisation",
      id: organisation.id,
      name: { nl: organisation.name, en: organisation.name },
      organisationKind: organisation.kind,
      ...(organisation.subregion === undefined ? {} : { subregion: organisation.subregion }),
      ...(organisation.validFrom === undefined ? {} : { validFrom: organisation.validFrom }),
      ...(asIs || organisation.validTo === undefined ? {} : { validTo: organisation.validTo }),
      ...(predecessors.length > 0 ? { predecessors } : {}),
    };
    return { subject, members: new Set([organisation.id]), organisation };
  });
  const bySubregion = new Map<SubregionCode, string[]>();
  for (const organisation of organisations) {
    if (organisation.subregion === undefined) continue;
    bySubregion.set(organisation.subregion, [...(bySubregion.get(organisation.subregion) ?? []), organisation.id]);
  }
  for (const [code, name] of SUBREGIONS) {
    const members = bySubregion.get(code);
    if (!members) continue;
    plans.push({
      subject: { type: "subregion", id: code, name, members: [...members].sort() },
      members: new Set(members),
    });
  }
  const everyone = organisations.map((o) => o.id);
  plans.push({
    subject: { type: "mra", id: "mra", name: MRA_NAME, members: [...everyone].sort() },
    members: new Set(everyone),
  });
  return plans;
}
