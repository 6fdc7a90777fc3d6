import type { IndicatorResults } from "@mra-circulair/indicators";
import { aboutItems, methodParagraphs } from "./about.ts";
import type { ReportOptions } from "./document.ts";
import { formatDate } from "./format.ts";
import { translator } from "./messages.ts";
import type { Part } from "./section.ts";
import { reportSections } from "./sections.ts";
import { tableMarkdown } from "./table.ts";

// free text goes into headings and paragraphs, where "<" could open HTML wherever the Markdown is shown
const text = (value: string) => value.replace(/</g, "&lt;");

function partMarkdown(part: Part, empty: string): string {
  const lines = [`### ${text(part.title)}`, ""];
  if (part.note !== undefined) lines.push(text(part.note), "");
  lines.push(part.table.rows.length === 0 ? empty : tableMarkdown(part.table), "");
  return lines.join("\n");
}

/**
 * The report as Markdown: the same sections and tables as the HTML report, with the same rounded numbers, without
 * the charts. For a wiki, a pull request or an e-mail.
 */
export function resultsToMarkdown(results: IndicatorResults, options: ReportOptions): string {
  const { lang } = options;
  const t = translator(lang);
  const generatedAt = options.generatedAt ?? new Date();
  const lines = [
    `# ${text(options.title ?? t("report.title"))}`,
    "",
    `${t("meta.generated")}: ${formatDate(generatedAt, lang)}`,
    "",
    `## ${t("meta.heading")}`,
    "",
    ...aboutItems(results, lang).map(([label, value]) => `- **${label}**: ${text(value)}`),
    "",
  ];
  for (const section of reportSections(results, lang)) {
    lines.push(`## ${section.heading}`, "");
    for (const part of section.parts) lines.push(partMarkdown(part, t("chart.empty")));
  }
  lines.push(`## ${t("section.method")}`, "");
  for (const paragraph of methodParagraphs(results, lang)) lines.push(text(paragraph), "");
  return `${lines.join("\n").trimEnd()}\n`;
}
