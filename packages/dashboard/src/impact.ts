import { INDICATORS, seriesOf } from "@mra-circulair/indicators";
import { baseOption, categoryAxis, pointLabels, valueAxis } from "./chart-style.ts";
import { formatValue } from "./format.ts";
import type { Part, PartContext } from "./section.ts";
import { yearsOf } from "./section.ts";
import type { Cell } from "./table.ts";

/** What an outcome part shows: which indicator, in which unit, under which title and column heading. */
interface OutcomeSpec {
  readonly id: string;
  readonly indicator: string;
  readonly unit: "tonne" | "tonne-co2e";
  readonly title: string;
  readonly column: string;
}

/** An outcome of the MRA's procurements year by year as bars: one chart each, as their sizes differ by far. */
function outcomePart(ctx: PartContext, spec: OutcomeSpec): Part {
  const { t, results, lang } = ctx;
  const mra = results.subjects.find((subject) => subject.type === "mra");
  const points = mra === undefined ? [] : seriesOf(results, spec.indicator, mra);
  const years = yearsOf(results);
  const byYear = years.map((year) => points.find((point) => point.year === year));
  const show = (value: string | number) => formatValue(value, spec.unit, lang);
  return {
    kind: "chart",
    id: spec.id,
    title: spec.title,
    note: t("chart.outcomes.note"),
    ...(points.length === 0
      ? {}
      : {
          chart: {
            size: { width: 880, height: 320 },
            option: {
              ...baseOption(),
              legend: { show: false },
              grid: { ...baseOption().grid, top: 32 },
              xAxis: categoryAxis(years.map(String)),
              yAxis: valueAxis(show),
              series: [
                {
                  type: "bar",
                  name: spec.column,
                  data: byYear.map((point) => (point === undefined ? null : Number(point.value))),
                  label: pointLabels(byYear.map((point) => (point === undefined ? "" : show(point.value)))),
                  barMaxWidth: 56,
                },
              ],
            },
          },
        }),
    table: {
      columns: [{ label: t("column.year") }, { label: spec.column, numeric: true }],
      rows: years.map((year, i) => {
        const point = byYear[i];
        const cell: Cell =
          point === undefined ? { text: t("value.none") } : { text: show(point.value), value: point.value };
        return [{ text: String(year) }, cell];
      }),
    },
  };
}

/** Material saved by the MRA's procurements, in tonnes, year by year. */
export function materialPart(ctx: PartContext): Part {
  const { t } = ctx;
  return outcomePart(ctx, {
    id: "material-saved",
    indicator: INDICATORS.materialSaved,
    unit: "tonne",
    title: t("chart.material-saved.title"),
    column: t("column.materialSaved"),
  });
}

/** Greenhouse gas avoided by the MRA's procurements, in tonnes CO2-equivalent, year by year. */
export function co2ePart(ctx: PartContext): Part {
  const { t } = ctx;
  return outcomePart(ctx, {
    id: "co2e-avoided",
    indicator: INDICATORS.co2eAvoided,
    unit: "tonne-co2e",
    title: t("chart.co2e-avoided.title"),
    column: t("column.co2eAvoided"),
  });
}
