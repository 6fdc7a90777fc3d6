import { counted, phrase } from "./catalogue.ts";
import type { Language, Severity } from "./finding.ts";
import { findingText } from "./finding-text.ts";
import type { Registry } from "./registry.ts";
import type { ReportResult } from "./report-result.ts";

/** How the terminal text looks. */
export interface TextOptions {
  /** Colour with ANSI codes; the CLI passes whether its output is a terminal. */
  readonly color?: boolean;
}

type Paint = (code: number, reset: number, text: string) => string;

const SEVERITY_COLOUR: Record<Severity, number> = { error: 31, warning: 33, info: 36 };
const BOLD = [1, 22] as const;
const DIM = [2, 22] as const;

/**
 * The report for a person at a terminal, grouped by code: per code a header with severity, count and title,
 * its first findings with location, pointer and message, then a totals line. Everything from the data is
 * sanitised, so a file cannot move the cursor or recolour the terminal.
 */
export function writeText(result: ReportResult, registry: Registry, lang: Language, options: TextOptions = {}): string {
  const paint: Paint = options.color
    ? (code, reset, text) => `\u001b[${code}m${text}\u001b[${reset}m`
    : (_code, _reset, text) => text;
  const lines: string[] = [];
  for (const code of result.byCode) {
    const title = registry.get(code.code)?.title[lang];
    const severity = paint(SEVERITY_COLOUR[code.severity], 39, phrase(lang, `severity.${code.severity}`));
    lines.push([severity, paint(...BOLD, code.code), `${code.count}×`, title].filter(Boolean).join("  "));
    for (const finding of code.examples) {
      const { where, pointer, message } = findingText(finding, registry, lang);
      lines.push(`  ${[paint(...DIM, where), pointer, message].filter((part) => part !== "").join("  ")}`);
    }
    if (code.count > code.examples.length) {
      lines.push(`  ${phrase(lang, "more", { count: code.count - code.examples.length })}`);
    }
    lines.push("");
  }
  const { errors, warnings, infos, records } = result.totals;
  const verdict = result.valid
    ? paint(32, 39, phrase(lang, "verdict.valid"))
    : paint(31, 39, phrase(lang, "verdict.invalid"));
  lines.push(
    phrase(lang, "totals", {
      errors: counted(lang, "error", errors),
      warnings: counted(lang, "warning", warnings),
      infos: counted(lang, "info", infos),
      records: counted(lang, "record", records),
      verdict,
    }),
    "",
  );
  return lines.join("\n");
}
