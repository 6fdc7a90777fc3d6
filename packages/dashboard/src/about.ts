import type { IndicatorResults } from "@mra-circulair/indicators";
import { formatCount, formatValue, type Lang, localized } from "./format.ts";
import { translator } from "./messages.ts";

/** What the report was made from, as label and value: the dataset, the rule, the geography, the years, the input. */
export function aboutItems(results: IndicatorResults, lang: Lang): [label: string, value: string][] {
  const t = translator(lang);
  const { rule, years, input } = results;
  return [
    [
      t("meta.dataset"),
      input.datasetTitle === undefined
        ? input.datasetId
        : `${localized(input.datasetTitle, lang)} (${input.datasetId})`,
    ],
    [t("meta.rule"), t("meta.ruleValue", { name: localized(rule.name, lang), id: rule.id, version: rule.version })],
    [t("meta.geography"), t(`geography.${results.geography}`)],
    [t("meta.years"), years === undefined ? t("meta.noYears") : t("meta.yearsValue", years)],
    [
      t("meta.procurements"),
      t("meta.procurementsValue", {
        counted: formatCount(input.counted, lang),
        procurements: formatCount(input.procurements, lang),
      }),
    ],
  ];
}

/** The note on the method: the rule and its version, how the share is computed, how status is judged, the input. */
export function methodParagraphs(results: IndicatorResults, lang: Lang): string[] {
  const t = translator(lang);
  const { rule, input, progress } = results;
  const indicator = progress[0]?.indicator;
  const definition = results.definitions.find((d) => d.id === indicator);
  const targets = progress
    .filter((entry) => entry.subject.type === "mra" && entry.targetYear)
    .map((entry) => `${entry.year}: ${formatValue(entry.target, "percent", lang)}`)
    .join(", ");
  return [
    t("method.rule", {
      name: localized(rule.name, lang),
      id: rule.id,
      version: rule.version,
      description: localized(rule.description, lang),
    }),
    ...(definition === undefined ? [] : [localized(definition.method, lang)]),
    ...(targets === "" ? [] : [t("method.status", { targets })]),
    t("method.counted", {
      procurements: formatCount(input.procurements, lang),
      counted: formatCount(input.counted, lang),
      undated: formatCount(input.undated, lang),
      unknownBuyer: formatCount(input.unknownBuyer, lang),
      reassigned: formatCount(input.reassignedByMerger, lang),
    }),
    t("method.values"),
  ];
}
