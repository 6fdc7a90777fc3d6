import type { IndicatorResults, ResultSubject, SubjectRef } from "@mra-circulair/indicators";
import type { Lang } from "./format.ts";
import type { Translate } from "./messages.ts";
import type { ChartOption, ChartSize } from "./svg-chart.ts";
import type { Table } from "./table.ts";

/** A chart to draw: its ECharts options and its size. */
export interface ChartSpec {
  readonly option: ChartOption;
  readonly size: ChartSize;
}

/**
 * One part of the report: a chart with the table of its numbers, or a table alone. `id` is the stable name the
 * page gives it in data-chart or data-table, for scripts and tests.
 */
export interface Part {
  readonly kind: "chart" | "table";
  readonly id: string;
  readonly title: string;
  readonly note?: string;
  /** Absent for a table, and for a chart without data. */
  readonly chart?: ChartSpec;
  readonly table: Table;
}

/** A section of the report: a heading and its parts. */
export interface Section {
  readonly id: string;
  readonly heading: string;
  readonly parts: readonly Part[];
}

/** What every part is built from: the results, the language and its texts. */
export interface PartContext {
  readonly results: IndicatorResults;
  readonly lang: Lang;
  readonly t: Translate;
}

/** The subject a reference names, for its name in the report. */
export function subjectOf(results: IndicatorResults, ref: SubjectRef): ResultSubject | undefined {
  return results.subjects.find((subject) => subject.type === ref.type && subject.id === ref.id);
}

/** A subject's name in the language, or its identifier when the results do not name it. */
export function subjectName(ctx: PartContext, ref: SubjectRef): string {
  return subjectOf(ctx.results, ref)?.name[ctx.lang] ?? ref.id;
}

/** Every year the results cover, in order. */
export function yearsOf(results: IndicatorResults): number[] {
  const span = results.years;
  if (span === undefined) return [];
  return Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
}
