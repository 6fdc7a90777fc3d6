import { defineCode, excerpt } from "@mra-circulair/report";
import { Rows } from "../ledger.ts";
import { type MergedUse, mergedUse, type OrganisationFacts } from "../model/organisations.ts";
import type { Report, Rule, Site } from "../rule.ts";

/** `merged-organisation-used`: a merged municipality named after its end date. */
export const mergedOrganisationUsed = defineCode({
  code: "merged-organisation-used",
  severity: "warning",
  layer: "rule",
  title: { nl: "Opgeheven gemeente genoemd", en: "Merged municipality named" },
  message: {
    nl: "{name} ({id}) bestaat niet meer sinds {date}; gebruik {successorName} ({successorId}).",
    en: "{name} ({id}) no longer exists since {date}; use {successorName} ({successorId}).",
  },
  docs: {
    nl: "Een gemeente die is opgegaan in een andere (Weesp in Amsterdam op 2022-03-24, Beemster in Purmerend op 2022-01-01, Haarlemmerliede en Spaarnwoude in Haarlemmermeer op 2019-01-01) kan na haar einddatum (validTo, de eerste dag dat zij niet meer bestaat) niets meer doen. Gemeld wordt een record dat haar op of na die datum noemt: Procurement.buyer op de publicatiedatum (of de gunningsdatum als die ontbreekt), Signature.organisation op signedOn, Observation.subject op het begin van de periode, PackageAdoption op adoptedOn, OrganisationAmbition op since en een MVI-plan op 1 januari van zijn jaar. De melding noemt de opvolger op die datum, ook na meer fusies achter elkaar. De fusies komen uit de organisaties van de dataset, of uit de referentiegegevens als de dataset er geen heeft. Noem de opvolger, of verbeter de datum.",
    en: "A municipality that merged into another (Weesp into Amsterdam on 2022-03-24, Beemster into Purmerend on 2022-01-01, Haarlemmerliede en Spaarnwoude into Haarlemmermeer on 2019-01-01) can do nothing after its end date (validTo, the first day it no longer exists). Reported is a record that names it on or after that date: Procurement.buyer on the publication date (or the award date when that is absent), Signature.organisation on signedOn, Observation.subject on the start of the period, PackageAdoption on adoptedOn, OrganisationAmbition on since and an MVI plan on 1 January of its year. The message names the successor on that date, also after several mergers in a row. The mergers come from the dataset's organisations, or from the reference data when the dataset has none. Name the successor, or correct the date.",
  },
  example:
    '{"type":"procurement","record":{"id":"proc-GM0457-2023-001","buyer":"GM0457","title":{"nl":"Onderhoud asfalt Weesp"},"cpvCodes":["45233222-1"],"procedure":"openbaar","contractValue":{"amount":"640000.00","currency":"EUR"},"dates":{"publication":"2023-02-01"},"criteriaApplied":[],"mvoiThemes":[],"eforms":{"strategicProcurement":["none"],"environmentalImpact":[],"gppCriteria":["none"]}}}',
  exampleArgs: { name: "Weesp", id: "GM0457", date: "2022-03-24", successorName: "Amsterdam", successorId: "GM0363" },
});

function reportMerged(report: Report, use: MergedUse, site: Site): void {
  const args = {
    name: use.organisation.name,
    id: use.organisation.id,
    date: use.endsOn,
    successorName: use.successor.name,
    successorId: use.successor.id,
  };
  report(mergedOrganisationUsed.finding({ ...site, excerpt: excerpt(use.organisation.id) }, args));
}

function stillExists(organisation: OrganisationFacts | undefined, date: string): boolean {
  if (organisation === undefined) return false;
  return organisation.endsOn === undefined || organisation.successor === undefined || date < organisation.endsOn;
}

/**
 * Checks every dated reference to an organisation. One to an organisation already read that existed on
 * the date passes at once; the others wait until finish, when the dataset's organisations (or, when it has
 * none, the reference data) and the successors are all known. Only the forward and the merged ones wait.
 */
export const mergedOrganisationUsedRule: Rule = {
  codes: [mergedOrganisationUsed],
  usesIndex: true,
  create: ({ index, reference }) => {
    const { ledger } = index;
    // one row per dated reference that may name a merged organisation: identifier, date, site
    const pending = new Rows(3);
    return {
      check(record) {
        for (const ref of record.references) {
          if (ref.target !== "Organisation" || ref.on === undefined) continue;
          // an organisation read already that still existed on the date needs nothing more
          if (stillExists(index.organisation(ref.id), ref.on)) continue;
          // the rest waits: the organisation (or the absence of all organisations) and its successor are known only at the end
          pending.push(ledger.intern(ref.id), ledger.intern(ref.on), ledger.site(record.site(ref.pointer)));
        }
      },
      finish(report) {
        const lookup = index.organisationLookup(reference);
        for (let row = 0; row < pending.length; row++) {
          const use = mergedUse(ledger.text(pending.at(row, 0)), ledger.text(pending.at(row, 1)), lookup);
          if (use !== undefined) reportMerged(report, use, ledger.siteAt(pending.at(row, 2)));
        }
        pending.clear();
      },
    };
  },
};
