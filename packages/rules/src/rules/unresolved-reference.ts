import { defineCode, excerpt } from "@mra-circulair/report";
import { Rows } from "../ledger.ts";
import { identifiedEntities } from "../model/entities.ts";
import type { Report, Rule, Site } from "../rule.ts";

/** `unresolved-reference`: a reference to a record the dataset does not hold. */
export const unresolvedReference = defineCode({
  code: "unresolved-reference",
  severity: "error",
  layer: "rule",
  title: { nl: "Verwijzing naar een onbekend record", en: "Unresolved reference" },
  message: {
    nl: "Geen {target} heeft de identificator {id}.",
    en: "No {target} has the identifier {id}.",
  },
  docs: {
    nl: "Een verwijzing moet een record van de dataset aanwijzen. Gecontroleerd worden: Procurement.buyer (Organisation), purchasePackage (PurchasePackage) en criteriaApplied[].criterion (Criterion); Signature.organisation en declaration; Organisation.province en succession.successor; Target.indicator en Observation.indicator (IndicatorDefinition); Observation.subject.id (een Organisation bij type organisation, een code van de codelijst subregion bij type subregion) en computedFrom (Procurement); Goal.roadmap en declaration; Track.purchasePackages en members; PackageAdoption.organisation; OrganisationAmbition.organisation; Criterion.supersedes en purchasePackages; MviLink.from (de entiteit die itemType noemt) en MviPlanRef.organisation; DatasetMeta.publisher.organisation. De volgorde van de records doet er niet toe: een verwijzing naar een record dat later komt, wordt aan het eind opgelost. Bevat de dataset geen enkele organisatie, dan worden organisaties opgezocht in de referentiegegevens (zie reference-data-used). Voeg het ontbrekende record toe of verbeter de identificator.",
    en: "A reference must name a record of the dataset. Checked are: Procurement.buyer (Organisation), purchasePackage (PurchasePackage) and criteriaApplied[].criterion (Criterion); Signature.organisation and declaration; Organisation.province and succession.successor; Target.indicator and Observation.indicator (IndicatorDefinition); Observation.subject.id (an Organisation for type organisation, a code of the subregion codelist for type subregion) and computedFrom (Procurement); Goal.roadmap and declaration; Track.purchasePackages and members; PackageAdoption.organisation; OrganisationAmbition.organisation; Criterion.supersedes and purchasePackages; MviLink.from (the entity its itemType names) and MviPlanRef.organisation; DatasetMeta.publisher.organisation. The order of the records does not matter: a reference to a record that comes later is resolved at the end. When the dataset holds no organisation at all, organisations are looked up in the reference data (see reference-data-used). Add the missing record or correct the identifier.",
  },
  example: [
    '{"type":"organisation","record":{"id":"GM0363","name":"Amsterdam","kind":"gemeente","identifiers":[{"scheme":"cbs-gemeente","value":"GM0363"}]}}',
    '{"type":"signature","record":{"id":"sig-2018-GM0363","declaration":"mra-intentieverklaring-2018","organisation":"GM0363","signedOn":"2018-06-20"}}',
  ].join("\n"),
  exampleArgs: { target: "Declaration", id: '"mra-intentieverklaring-2018"' },
});

function unresolved(report: Report, target: string, id: string, site: Site): void {
  const shown = excerpt(id);
  report(unresolvedReference.finding({ ...site, excerpt: shown }, { target, id: shown }));
}

/**
 * Resolves every reference against the dataset index. A reference to a record already read resolves at
 * once; the others wait, with their site, until finish. In a dataset without organisations, references
 * to organisations resolve against the reference data.
 */
export const unresolvedReferenceRule: Rule = {
  codes: [unresolvedReference],
  usesIndex: true,
  create: ({ index, metadata, reference }) => {
    const { ledger } = index;
    // one row per reference whose target has not been read yet: entity, identifier, site
    const pending = new Rows(3);
    return {
      check(record, report) {
        for (const ref of record.references) {
          if (ref.target === "Subregion") {
            if (metadata.hasCode("subregion", ref.id) === false)
              unresolved(report, "subregion", ref.id, record.site(ref.pointer));
          } else if (!index.has(ref.target, ref.id)) {
            const target = identifiedEntities.indexOf(ref.target);
            pending.push(target, ledger.intern(ref.id), ledger.site(record.site(ref.pointer)));
          }
        }
      },
      finish(report) {
        const organisation = index.organisationLookup(reference);
        const fromDataset = index.organisationSource(reference) === "dataset";
        for (let row = 0; row < pending.length; row++) {
          const target = identifiedEntities[pending.at(row, 0)] ?? "Organisation";
          const id = ledger.text(pending.at(row, 1));
          const resolved =
            target === "Organisation" && !fromDataset ? organisation(id) !== undefined : index.has(target, id);
          if (!resolved) unresolved(report, target, id, ledger.siteAt(pending.at(row, 2)));
        }
        pending.clear();
      },
    };
  },
};
