import type { IndicatorResults } from "@mra-circulair/indicators";
import { escapeHtml } from "@mra-circulair/report";
import { renderDashboard } from "./dashboard.ts";
import { formatDate, type Lang } from "./format.ts";
import { translator } from "./messages.ts";
import { DASHBOARD_CSS } from "./styles.ts";

/** Options of {@link renderReportHtml}. */
export interface ReportOptions {
  /** The language of every text; codes stay as they are. */
  readonly lang: Lang;
  /** When the report was made, shown in its header; now when left out. */
  readonly generatedAt?: Date;
  /** The title of the page and its heading; the standard title in the language when left out. */
  readonly title?: string;
}

// nothing may be fetched: the report is one file that opens anywhere, offline, and cannot call out
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The progress report as one self-contained HTML document: inline CSS, charts as inline SVG, no script, and a
 * content security policy that forbids every request, so it opens offline and prints as it shows.
 */
export function renderReportHtml(results: IndicatorResults, options: ReportOptions): string {
  const { lang } = options;
  const t = translator(lang);
  const title = escapeHtml(options.title ?? t("report.title"));
  const generatedAt = options.generatedAt ?? new Date();
  const generated = `${escapeHtml(t("meta.generated"))}: <time datetime="${generatedAt.toISOString()}">${escapeHtml(formatDate(generatedAt, lang))}</time>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${title}</title>
<style>${DASHBOARD_CSS}</style>
</head>
<body>
<header class="mra-dashboard mra-header">
<h1>${title}</h1>
<p class="note">${generated}</p>
</header>
<main>
${renderDashboard(results, { lang })}
</main>
</body>
</html>
`;
}
