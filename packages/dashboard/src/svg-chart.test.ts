import { describe, expect, it } from "vitest";
import { renderSvgChart } from "./svg-chart.ts";

describe("renderSvgChart", () => {
  it("draws bars with their labels as SVG text, named for assistive technology", () => {
    const svg = renderSvgChart(
      {
        xAxis: { type: "category", data: ["2019", "2020"] },
        yAxis: { type: "value" },
        series: [{ type: "bar", data: [3, 7], label: { show: true, formatter: ({ value }) => `${value} t` } }],
      },
      { width: 400, height: 200 },
      'Material <saved> & "more"',
    );
    expect(svg).toMatch(/^<svg role="img" aria-label="Material &lt;saved&gt; &amp; &quot;more&quot;" /);
    expect(svg).toContain("<title>Material &lt;saved&gt; &amp; &quot;more&quot;</title>");
    expect(svg).toContain(">3 t</text>");
    expect(svg).toContain(">7 t</text>");
    expect(svg).not.toContain("<script");
  });
});
