import { escapeHtml } from "@mra-circulair/report";
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from "echarts/charts";
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
} from "echarts/components";
import { type ComposeOption, init, use } from "echarts/core";
import { LabelLayout } from "echarts/features";
import { SVGRenderer } from "echarts/renderers";

/** The ECharts options the report's charts use: bars and lines on a grid, a legend, target lines. */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption
>;

/** The size of a chart in SVG user units; the page scales it to the column it sits in. */
export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

let registered = false;

// registering is a side effect, so it happens on the first chart rather than on import (sideEffects: false)
function register(): void {
  if (registered) return;
  use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, LabelLayout, SVGRenderer]);
  registered = true;
}

/**
 * Draws a chart with ECharts' server-side SVG renderer, without a DOM, so it works in Node and in a browser alike.
 * The SVG is a static picture: no animation, no script; `label` becomes its accessible name.
 */
export function renderSvgChart(option: ChartOption, size: ChartSize, label: string): string {
  register();
  const chart = init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ ...option, animation: false });
    const svg = chart.renderToSVGString();
    // role and name on the root, a <title> for viewers that show one as a tooltip
    const name = escapeHtml(label);
    return svg.replace(/^<svg /, `<svg role="img" aria-label="${name}" `).replace(/>/, `><title>${name}</title>`);
  } finally {
    chart.dispose();
  }
}
