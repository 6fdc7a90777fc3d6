import { describe, expect, it } from "vitest";
import { type Table, tableHtml, tableMarkdown } from "./table.ts";

const table: Table = {
  columns: [{ label: "Year" }, { label: "Share", numeric: true }, { label: "Status" }],
  rows: [
    [{ text: "2022" }, { text: "12.5%", value: "12.5" }, { text: "achieved", status: "achieved" }],
    [{ text: 'a|b <script>"' }, { text: "–" }, { text: "no data", status: "no-data" }],
  ],
};

describe("tableHtml", () => {
  it("writes a caption, column and row headings, exact values and status badges", () => {
    const html = tableHtml(table, "Shares & <targets>");
    expect(html).toContain("<caption>Shares &amp; &lt;targets&gt;</caption>");
    expect(html).toContain('<th scope="col" class="num">Share</th>');
    expect(html).toContain('<th scope="row">2022</th><td class="num" data-value="12.5">12.5%</td>');
    expect(html).toContain('<span class="badge badge-achieved" data-status="achieved">achieved</span>');
    expect(html).toContain("a|b &lt;script&gt;&quot;");
    expect(html).not.toContain("<script>");
  });
});

describe("tableMarkdown", () => {
  it("aligns numbers right and keeps a pipe or a line break from breaking the row", () => {
    const lines = tableMarkdown({ ...table, rows: [...table.rows, [{ text: "two\nlines" }, { text: "1" }]] }).split(
      "\n",
    );
    expect(lines[0]).toBe("| Year | Share | Status |");
    expect(lines[1]).toBe("| --- | ---: | --- |");
    expect(lines[2]).toBe("| 2022 | 12.5% | achieved |");
    expect(lines[3]).toBe('| a\\|b &lt;script>" | – | no data |');
    expect(lines[4]).toBe("| two lines | 1 |");
  });
});
