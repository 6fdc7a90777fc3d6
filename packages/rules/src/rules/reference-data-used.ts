import { defineCode } from "@mra-circulair/report";
import { referenceOrganisationFacts } from "../dataset-index.ts";
import type { Rule } from "../rule.ts";

/** `reference-data-used`: a dataset without organisations was checked against the reference data. */
export const referenceDataUsed = defineCode({
  code: "reference-data-used",
  severity: "info",
  layer: "rule",
  title: { nl: "Organisaties uit de referentiegegevens", en: "Organisations from the reference data" },
  message: {
    nl: "De dataset bevat geen organisaties; {count} verwijzingen naar organisaties zijn opgezocht in de referentiegegevens ({organisations} organisaties).",
    en: "The dataset has no organisations; {count} references to organisations were looked up in the reference data ({organisations} organisations).",
  },
  docs: {
    nl: "Een dataset zonder Organisation-records mag naar organisaties verwijzen met de identificatoren van de referentiegegevens van mra-circulair: de ondertekenaars van de intentieverklaring van 20 juni 2018 met hun CBS-codes (GM0363, PV27), de Vervoerregio (vervoerregio-amsterdam) en de fusies sinds 2018. Verwijzingen en fusies worden dan daartegen gecontroleerd, en deze melding zegt dat één keer, bij het eerste bestand (op naam) met zo'n verwijzing. Zodra de dataset één organisatie bevat, gelden alleen de organisaties van de dataset. Zet de terugval uit met reference: false; verwijzingen naar organisaties zijn dan onopgelost.",
    en: "A dataset without Organisation records may refer to organisations by the identifiers of the mra-circulair reference data: the signatories of the declaration of 20 June 2018 with their CBS codes (GM0363, PV27), the Vervoerregio (vervoerregio-amsterdam) and the mergers since 2018. References and mergers are then checked against it, and this finding says so once, at the first file (by name) with such a reference. As soon as the dataset holds one organisation, only the dataset's organisations count. Turn the fallback off with reference: false; references to organisations are then unresolved.",
  },
  example:
    '{"type":"purchase-package","record":{"id":"pkg-asfalt","name":{"nl":"Asfalt","en":"Asphalt"},"adoptions":[{"organisation":"GM0363","adoptedOn":"2020-01-15"}]}}',
  exampleArgs: { count: 1, organisations: 36 },
});

/** Says once, at the end, that organisations were resolved against the reference data. */
export const referenceDataUsedRule: Rule = {
  codes: [referenceDataUsed],
  usesIndex: true,
  create: ({ index, reference }) => ({
    finish(report) {
      const { count, file } = index.organisationReferenceStats;
      if (count === 0 || file === undefined || index.organisationSource(reference) !== "reference") return;
      const site = { pointer: "", location: { file } };
      report(referenceDataUsed.finding(site, { count, organisations: referenceOrganisationFacts().size }));
    },
  }),
};
