import type { ProgressEntry } from "@mra-circulair/indicators";
import { baseOption, categoryAxis, pointLabels, TARGET_LABEL, TARGET_LINE, valueAxis } from "./chart-style.ts";
import { formatPoints, formatValue } from "./format.ts";
import type { Part, PartContext } from "./section.ts";
import { subjectName, subjectOf } from "./section.ts";
import type { Cell, Column } from "./table.ts";
import { TARGET_COLOUR } from "./theme.ts";

const percent = (ctx: PartContext) => (value: string | number) => formatValue(value, "percent", ctx.lang);

/** The progress entries of one kind of subject, optionally in one year, in the results' order. */
function entriesOf(ctx: PartContext, type: "organisation" | "subregion" | "mra", year?: number): ProgressEntry[] {
  return ctx.results.progress.filter(
    (entry) => entry.subject.type === type && (year === undefined || entry.year === year),
  );
}

/** The last year in which the MRA as a whole has a value: the year the snapshots show. */
export function reportYear(ctx: PartContext): number | undefined {
  const withValue = entriesOf(ctx, "mra").filter((entry) => entry.value !== undefined);
  return withValue.at(-1)?.year ?? ctx.results.years?.to;
}

/** The share, target, gap and status cells of an entry. */
function progressCells(ctx: PartContext, entry: ProgressEntry): Cell[] {
  const none: Cell = { text: ctx.t("value.none") };
  return [
    entry.value === undefined ? none : { text: percent(ctx)(entry.value), value: entry.value },
    { text: percent(ctx)(entry.target), value: entry.target },
    entry.gap === undefined ? none : { text: formatPoints(entry.gap, ctx.lang), value: entry.gap },
    { text: ctx.t(`status.${entry.status}`), status: entry.status },
  ];
}

/** The columns of a progress table: those that name the row, then share, target, gap and status. */
function progressColumns(ctx: PartContext, ...leading: Column[]): Column[] {
  const { t } = ctx;
  return [
    ...leading,
    { label: t("column.share"), numeric: true },
    { label: t("column.target"), numeric: true },
    { label: t("column.gap"), numeric: true },
    { label: t("column.status") },
  ];
}

/** The MRA's share per year as bars against the target path as a line, labelled where the declaration sets one. */
export function mraProgressPart(ctx: PartContext): Part {
  const { t } = ctx;
  const entries = entriesOf(ctx, "mra");
  const years = entries.map((entry) => String(entry.year));
  const shares = entries.map((entry) => (entry.value === undefined ? "" : percent(ctx)(entry.value)));
  const targets = entries.map((entry) => (entry.targetYear ? percent(ctx)(entry.target) : ""));
  return {
    kind: "chart",
    id: "progress-mra",
    title: t("chart.progress-mra.title"),
    note: t("chart.progress-mra.note"),
    ...(entries.length === 0
      ? {}
      : {
          chart: {
            size: { width: 880, height: 360 },
            option: {
              ...baseOption(),
              xAxis: categoryAxis(years),
              yAxis: valueAxis(percent(ctx)),
              series: [
                {
                  type: "bar",
                  name: t("series.share"),
                  data: entries.map((entry) => (entry.value === undefined ? null : Number(entry.value))),
                  label: pointLabels(shares),
                  barMaxWidth: 56,
                },
                {
                  type: "line",
                  name: t("series.target"),
                  // only the declaration's own target years are labelled; the path between them is not a target
                  data: entries.map((entry) => ({ value: Number(entry.target), label: { show: entry.targetYear } })),
                  label: { ...pointLabels(targets), ...TARGET_LABEL },
                  lineStyle: TARGET_LINE,
                  itemStyle: { color: TARGET_COLOUR },
                  symbol: "circle",
                  symbolSize: 7,
                },
              ],
            },
          },
        }),
    table: {
      columns: progressColumns(ctx, { label: t("column.year") }),
      rows: entries.map((entry) => [{ text: String(entry.year) }, ...progressCells(ctx, entry)]),
    },
  };
}

/** The subregions' shares in one year as horizontal bars, with the year's target as a vertical line. */
export function subregionProgressPart(ctx: PartContext, year: number): Part {
  const { t } = ctx;
  const entries = entriesOf(ctx, "subregion", year);
  const names = entries.map((entry) => subjectName(ctx, entry.subject));
  const shares = entries.map((entry) => (entry.value === undefined ? t("status.no-data") : percent(ctx)(entry.value)));
  // the declaration sets one target a year, the same for every subject
  const target = entries[0]?.target;
  const reaches = entries.some((entry) => Number(entry.value ?? 0) >= Number(target));
  return {
    kind: "chart",
    id: "progress-subregions",
    title: t("chart.progress-subregions.title", { year }),
    ...(target === undefined
      ? {}
      : {
          note: t("chart.progress-subregions.note", { year, target: percent(ctx)(target) }),
          chart: {
            size: { width: 880, height: 80 + 40 * entries.length },
            option: {
              ...baseOption(),
              legend: { show: false },
              grid: { ...baseOption().grid, top: 32 },
              yAxis: { ...categoryAxis(names), inverse: true },
              // the axis reaches the target even when every share is below it
              xAxis: { ...valueAxis(percent(ctx)), ...(reaches ? {} : { max: Number(target) }) },
              series: [
                {
                  type: "bar",
                  name: t("series.share"),
                  data: entries.map((entry) => (entry.value === undefined ? 0 : Number(entry.value))),
                  label: pointLabels(shares, "right"),
                  barMaxWidth: 24,
                  markLine: {
                    symbol: "none",
                    silent: true,
                    lineStyle: TARGET_LINE,
                    label: {
                      ...TARGET_LABEL,
                      position: "end",
                      formatter: `${t("series.target")} ${percent(ctx)(target)}`,
                    },
                    data: [{ xAxis: Number(target) }],
                  },
                },
              ],
            },
          },
        }),
    table: {
      columns: progressColumns(ctx, { label: t("column.subregion") }),
      rows: entries.map((entry, i) => [{ text: names[i] ?? entry.subject.id }, ...progressCells(ctx, entry)]),
    },
  };
}

/** Whether an organisation existed in the year: one that had merged away or did not yet exist is left out. */
function existedIn(ctx: PartContext, entry: ProgressEntry, year: number): boolean {
  const subject = subjectOf(ctx.results, entry.subject);
  const from = subject?.validFrom;
  const to = subject?.validTo;
  return (from === undefined || from <= `${year}-12-31`) && (to === undefined || to > `${year}-01-01`);
}

/** Every organisation's progress in one year, as a table: too many rows for a chart to stay readable. */
export function organisationProgressPart(ctx: PartContext, year: number): Part {
  const { t } = ctx;
  const entries = entriesOf(ctx, "organisation", year).filter((entry) => existedIn(ctx, entry, year));
  const subregion = (entry: ProgressEntry) => {
    const code = subjectOf(ctx.results, entry.subject)?.subregion;
    return { text: code === undefined ? t("value.none") : subjectName(ctx, { type: "subregion", id: code }) };
  };
  return {
    kind: "table",
    id: "progress-organisations",
    title: t("table.progress-organisations.title", { year }),
    table: {
      columns: progressColumns(ctx, { label: t("column.organisation") }, { label: t("column.subregion") }),
      rows: entries.map((entry) => [
        { text: subjectName(ctx, entry.subject) },
        subregion(entry),
        ...progressCells(ctx, entry),
      ]),
    },
  };
}
