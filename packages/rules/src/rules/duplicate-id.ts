import { appendPointer, defineCode, excerpt } from "@mra-circulair/report";
import { ownArray, ownString } from "../json.ts";
import type { Rule } from "../rule.ts";

/** `duplicate-id`: the same identifier twice for one entity. */
export const duplicateId = defineCode({
  code: "duplicate-id",
  severity: "error",
  layer: "rule",
  title: { nl: "Dubbele identificator", en: "Duplicate identifier" },
  message: {
    nl: "Een andere {entity} heeft al de identificator {id}.",
    en: "Another {entity} already has the identifier {id}.",
  },
  docs: {
    nl: "Elk record van een entiteit heeft in de dataset een eigen identificator nodig, want andere records verwijzen ernaar. Streefwaarden in verklaringen en doelen delen één reeks identificatoren, omdat MVI-koppelingen ernaar verwijzen; de acties van een roadmap moeten uniek zijn binnen hun roadmap. Elk voorkomen na het eerste (in leesvolgorde) wordt gemeld; welk voorkomen als eerste telt, hangt dus af van de volgorde van de records. Geef elk record een eigen identificator of verwijder de kopie. De validator bewaart van elke identificator een 64-bits hash in plaats van de tekst; bij een miljoen identificatoren is de kans op een onterechte melding kleiner dan 1 op 30 miljoen.",
    en: "Each record of an entity needs an identifier of its own within the dataset, because other records refer to it. Targets inside declarations and goals share one set of identifiers, because MVI links refer to them; the actions of a roadmap must be unique within their roadmap. Every occurrence after the first (in reading order) is reported, so which occurrence counts as the first depends on the order of the records. Give each record its own identifier, or remove the copy. The validator keeps a 64-bit hash of each identifier instead of its text; with a million identifiers the chance of a false report is below 1 in 30 million.",
  },
  example: [
    '{"type":"organisation","record":{"id":"GM0363","name":"Amsterdam","kind":"gemeente","identifiers":[{"scheme":"cbs-gemeente","value":"GM0363"}]}}',
    '{"type":"organisation","record":{"id":"GM0363","name":"Weesp","kind":"gemeente","identifiers":[{"scheme":"cbs-gemeente","value":"GM0457"}]}}',
  ].join("\n"),
  exampleArgs: { entity: "Organisation", id: '"GM0363"' },
});

/** Reports an identifier used twice for one entity: across the dataset (from the index), and for roadmap actions within their roadmap. */
export const duplicateIdRule: Rule = {
  codes: [duplicateId],
  usesIndex: true,
  readsValue: ["Roadmap"],
  create: () => ({
    check(record, report) {
      for (const declared of record.ids) {
        if (declared.first) continue;
        const id = excerpt(declared.id);
        const site = { ...record.site(declared.pointer), entity: declared.entity, excerpt: id };
        report(duplicateId.finding(site, { entity: declared.entity, id }));
      }
      if (record.entity !== "Roadmap") return;
      const seen = new Set<string>();
      ownArray(record.value, "actions").forEach((action, i) => {
        const id = ownString(action, "id");
        if (id === undefined) return;
        if (seen.has(id)) {
          const site = { ...record.site(appendPointer(`/actions/${i}`, "id")), excerpt: excerpt(id) };
          report(duplicateId.finding(site, { entity: "RoadmapAction", id: excerpt(id) }));
        }
        seen.add(id);
      });
    },
  }),
};
