import type { IndicatorResults } from "@mra-circulair/indicators";
import { packagePart, rStrategyPart, themePart } from "./breakdowns.ts";
import type { Lang } from "./format.ts";
import { co2ePart, materialPart } from "./impact.ts";
import { translator } from "./messages.ts";
import { mraProgressPart, organisationProgressPart, reportYear, subregionProgressPart } from "./progress.ts";
import type { PartContext, Section } from "./section.ts";
import { trendPart } from "./trend.ts";

/**
 * The report's sections in the language: progress against the targets, the trend, the split by MVOI theme and
 * R-strategy, impact and purchase packages. HTML and Markdown are both written from these, so they always show the
 * same numbers.
 */
export function reportSections(results: IndicatorResults, lang: Lang): Section[] {
  const ctx: PartContext = { results, lang, t: translator(lang) };
  const { t } = ctx;
  const year = reportYear(ctx);
  const trend = trendPart(ctx);
  const sections: Section[] = [
    {
      id: "progress",
      heading: t("section.progress"),
      parts: [
        mraProgressPart(ctx),
        ...(year === undefined ? [] : [subregionProgressPart(ctx, year), organisationProgressPart(ctx, year)]),
      ],
    },
    { id: "trend", heading: t("section.trend"), parts: trend === undefined ? [] : [trend] },
    {
      id: "split",
      heading: t("section.split"),
      parts: year === undefined ? [] : [themePart(ctx, year), rStrategyPart(ctx, year)],
    },
    {
      id: "impact",
      heading: t("section.impact"),
      parts: [materialPart(ctx), co2ePart(ctx), ...(year === undefined ? [] : [packagePart(ctx, year)])],
    },
  ];
  return sections.filter((section) => section.parts.length > 0);
}
