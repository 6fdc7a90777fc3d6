import { type ProgressEntry, progressOf, type SubjectRef } from "@mra-circulair/indicators";
import { baseOption, categoryAxis, pointLabels, valueAxis } from "./chart-style.ts";
import { formatValue } from "./format.ts";
import type { Part, PartContext } from "./section.ts";
import { subjectName, yearsOf } from "./section.ts";
import type { Cell } from "./table.ts";

interface Line {
  readonly subject: SubjectRef;
  readonly name: string;
  /** The entry of each year of the results, where there is one. */
  readonly byYear: readonly (ProgressEntry | undefined)[];
}

/**
 * The share of circular procurement over the years: the MRA as a bold line with its values, each subregion as a
 * thinner line named at its end, so that seven lines stay legible.
 */
export function trendPart(ctx: PartContext): Part | undefined {
  const { t, results } = ctx;
  const years = yearsOf(results);
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const subjects = results.subjects.filter((subject) => subject.type === "mra" || subject.type === "subregion");
  // the MRA first: it is the line the chart is about
  subjects.sort((a, b) => Number(b.type === "mra") - Number(a.type === "mra"));
  const lines: Line[] = subjects.map((subject) => {
    const entries = progressOf(results, subject);
    const byYear = years.map((year) => entries.find((entry) => entry.year === year));
    return { subject, name: subjectName(ctx, subject), byYear };
  });
  const percent = (value: string | number) => formatValue(value, "percent", ctx.lang);
  const text = (entry: ProgressEntry | undefined) => (entry?.value === undefined ? "" : percent(entry.value));
  const title = t("chart.trend.title", { from: first, to: last });
  return {
    kind: "chart",
    id: "trend",
    title,
    note: t("chart.trend.note"),
    chart: {
      size: { width: 880, height: 420 },
      option: {
        ...baseOption(),
        grid: { ...baseOption().grid, right: 200 },
        xAxis: { ...categoryAxis(years.map(String)), boundaryGap: false },
        yAxis: valueAxis(percent),
        legend: { show: false },
        series: lines.map((line) => {
          const mra = line.subject.type === "mra";
          return {
            type: "line" as const,
            name: line.name,
            data: line.byYear.map((entry) => (entry?.value === undefined ? null : Number(entry.value))),
            lineStyle: { width: mra ? 4 : 1.5 },
            symbolSize: mra ? 8 : 5,
            z: mra ? 3 : 2,
            label: mra ? pointLabels(line.byYear.map(text)) : { show: false },
            // the name at the end of the line, in its colour, stands in for a legend
            endLabel: { show: true, formatter: () => line.name, fontSize: 12, color: "inherit" as const },
            labelLayout: { moveOverlap: "shiftY" as const },
          };
        }),
      },
    },
    table: {
      columns: [{ label: t("column.subject") }, ...years.map((year) => ({ label: String(year), numeric: true }))],
      rows: lines.map((line) => [
        { text: line.name },
        ...line.byYear.map(
          (entry): Cell =>
            entry?.value === undefined ? { text: t("value.none") } : { text: percent(entry.value), value: entry.value },
        ),
      ]),
    },
  };
}
