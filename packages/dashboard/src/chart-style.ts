import type { ChartOption } from "./svg-chart.ts";
import { FONT_FAMILY, GRID_LINE, INK, SERIES_COLOURS, TARGET_COLOUR } from "./theme.ts";

/** What every chart shares: the palette, the font, dark text, a legend on top and room for the axis labels. */
export function baseOption(): ChartOption {
  return {
    color: [...SERIES_COLOURS],
    textStyle: { fontFamily: FONT_FAMILY, color: INK, fontSize: 13 },
    grid: { left: 16, right: 32, top: 48, bottom: 16, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
    legend: { top: 0, left: 0, textStyle: { color: INK, fontSize: 13 }, itemGap: 16 },
  };
}

/** A value axis: grid lines light, labels dark. */
export function valueAxis(format: (value: number) => string) {
  return {
    type: "value" as const,
    axisLabel: { color: INK, formatter: format },
    splitLine: { lineStyle: { color: GRID_LINE } },
  };
}

/** A category axis of years or names, its labels dark. */
export function categoryAxis(names: readonly string[]) {
  return {
    type: "category" as const,
    data: [...names],
    axisLabel: { color: INK, interval: 0 },
    axisLine: { lineStyle: { color: INK } },
    axisTick: { alignWithLabel: true },
  };
}

/**
 * A label that shows the text made for each data point, so the SVG carries the formatted numbers; a white halo
 * keeps it legible where it crosses a line or a bar.
 */
export function pointLabels(texts: readonly string[], position: "top" | "right" = "top") {
  return {
    show: true,
    position,
    color: INK,
    fontSize: 12,
    textBorderColor: "#ffffff",
    textBorderWidth: 3,
    formatter: ({ dataIndex }: { dataIndex: number }) => texts[dataIndex] ?? "",
  };
}

/** The dashed line of a target. */
export const TARGET_LINE = { color: TARGET_COLOUR, type: "dashed" as const, width: 2 };

/** The label of a target: bold, in the target's colour, on white so that it stays legible over a bar. */
export const TARGET_LABEL = {
  color: TARGET_COLOUR,
  fontWeight: "bold" as const,
  fontSize: 12,
  backgroundColor: "#ffffff",
  padding: [2, 4],
};
