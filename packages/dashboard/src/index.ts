export { type CsvOptions, resultsToCsv } from "./csv.ts";
export { type DashboardOptions, renderDashboard } from "./dashboard.ts";
export { type ReportOptions, renderReportHtml } from "./document.ts";
export type { Lang } from "./format.ts";
export { resultsToJson, resultsToJsonChunks } from "./json.ts";
export { resultsToMarkdown } from "./markdown.ts";
export { DASHBOARD_CSS } from "./styles.ts";
