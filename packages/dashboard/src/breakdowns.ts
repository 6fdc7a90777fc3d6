import {
  type BreakdownEntry,
  type BreakdownFamily,
  type BreakdownMember,
  breakdownOf,
  type SubjectRef,
} from "@mra-circulair/indicators";
import type { IndicatorUnit, Observation } from "@mra-circulair/types";
import { baseOption, categoryAxis, pointLabels, valueAxis } from "./chart-style.ts";
import { formatValue } from "./format.ts";
import type { Part, PartContext } from "./section.ts";
import { yearsOf } from "./section.ts";
import type { Cell } from "./table.ts";

/** What a breakdown part shows: which family, which of its two measures, and how its members are named. */
interface BreakdownSpec {
  readonly id: string;
  readonly title: string;
  readonly note: string;
  readonly family: BreakdownFamily;
  readonly measure: "count" | "share";
  /** The heading of the column that names the members. */
  readonly column: string;
  readonly label: (member: BreakdownMember) => string;
}

interface Row {
  readonly member: BreakdownMember;
  /** The observation of each year of the results, where there is one. */
  readonly byYear: readonly (Observation | undefined)[];
}

const memberKey = (member: BreakdownMember) => `${member.ladder ?? ""}:${member.code}`;

const pick = (entry: BreakdownEntry, measure: "count" | "share") => (measure === "count" ? entry.count : entry.share);

/** The members with a value other than zero in some year, each with its observations year by year. */
function rows(ctx: PartContext, spec: BreakdownSpec, subject: SubjectRef, years: readonly number[]): Row[] {
  const found = new Map<string, { member: BreakdownMember; byYear: (Observation | undefined)[] }>();
  years.forEach((year, at) => {
    for (const entry of breakdownOf(ctx.results, spec.family, subject, year)) {
      const observation = pick(entry, spec.measure);
      if (observation === undefined) continue;
      const key = memberKey(entry.member);
      let row = found.get(key);
      if (row === undefined) {
        row = { member: entry.member, byYear: years.map(() => undefined) };
        found.set(key, row);
      }
      row.byYear[at] = observation;
    }
  });
  // a member that is zero in every year adds a row of zeros and an empty bar: it is left out
  return [...found.values()].filter((row) => row.byYear.some((o) => o !== undefined && Number(o.value) !== 0));
}

/**
 * A breakdown of the MRA: horizontal bars for each member in the report year, and a table of every year, so that
 * the chart stays readable and the table carries the trend.
 */
function breakdownPart(ctx: PartContext, spec: BreakdownSpec, year: number): Part {
  const { t, results } = ctx;
  const { title, note } = spec;
  const mra = results.subjects.find((subject) => subject.type === "mra");
  const years = yearsOf(results);
  const found = mra === undefined ? [] : rows(ctx, spec, mra, years);
  const unit: IndicatorUnit = spec.measure === "share" ? "percent" : "count";
  const show = (value: string | number) => formatValue(value, unit, ctx.lang);
  const at = years.indexOf(year);
  const current = found.map((row) => row.byYear[at]);
  const names = found.map((row) => spec.label(row.member));
  const cell = (observation: Observation | undefined): Cell =>
    observation === undefined ? { text: t("value.none") } : { text: show(observation.value), value: observation.value };
  return {
    kind: "chart",
    id: spec.id,
    title,
    note,
    ...(found.length === 0
      ? {}
      : {
          chart: {
            size: { width: 880, height: 60 + 36 * found.length },
            option: {
              ...baseOption(),
              legend: { show: false },
              grid: { ...baseOption().grid, top: 16 },
              yAxis: { ...categoryAxis(names), inverse: true },
              xAxis: valueAxis(show),
              series: [
                {
                  type: "bar",
                  name: String(year),
                  data: current.map((observation) => (observation === undefined ? 0 : Number(observation.value))),
                  label: pointLabels(
                    current.map((observation) =>
                      observation === undefined ? t("value.none") : show(observation.value),
                    ),
                    "right",
                  ),
                  barMaxWidth: 22,
                },
              ],
            },
          },
        }),
    table: {
      columns: [{ label: spec.column }, ...years.map((y) => ({ label: String(y), numeric: true }))],
      rows: found.map((row, i) => [{ text: names[i] ?? row.member.code }, ...row.byYear.map(cell)]),
    },
  };
}

/** The share of the MRA's procurements applying each MVOI theme. */
export function themePart(ctx: PartContext, year: number): Part {
  const { t } = ctx;
  return breakdownPart(
    ctx,
    {
      id: "mvoi-theme",
      title: t("chart.mvoi-theme.title", { year }),
      note: t("chart.mvoi-theme.note"),
      family: "mvoi-theme",
      measure: "share",
      column: t("column.theme"),
      label: (member) => member.label[ctx.lang],
    },
    year,
  );
}

/** The criteria the MRA applied, counted by R-strategy on either ladder. */
export function rStrategyPart(ctx: PartContext, year: number): Part {
  const { t } = ctx;
  return breakdownPart(
    ctx,
    {
      id: "r-strategy",
      title: t("chart.r-strategy.title", { year }),
      note: t("chart.r-strategy.note"),
      family: "r-strategy",
      measure: "count",
      column: t("column.rStrategy"),
      label: (member) =>
        t("rStrategy.label", {
          code: member.code,
          label: member.label[ctx.lang],
          ladder: member.ladder === undefined ? "" : t(`ladder.${member.ladder}`),
        }),
    },
    year,
  );
}

/** The organisations of the MRA that adopted each purchase package. */
export function packagePart(ctx: PartContext, year: number): Part {
  const { t } = ctx;
  return breakdownPart(
    ctx,
    {
      id: "purchase-package",
      title: t("chart.purchase-package.title", { year }),
      note: t("chart.purchase-package.note", { year }),
      family: "purchase-package",
      measure: "count",
      column: t("column.package"),
      label: (member) => member.label[ctx.lang],
    },
    year,
  );
}
