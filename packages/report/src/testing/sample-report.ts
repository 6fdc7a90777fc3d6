import type { Finding } from "../finding.ts";
import { createReport, type ReportOptions } from "../report.ts";
import type { ReportResult } from "../report-result.ts";
import { deprecatedCode, duplicateId, emptyList, missingProperty } from "./sample-codes.ts";

/** Text a hostile file could carry: markup, quotes, ANSI escapes, a bidi override, controls and a lone surrogate. */
export const HOSTILE = `<b>&amp;"x"'y'\u001b[31m\u202e\u0000\u0008\ud800</b>`;

/** A run over a JSON file, a CSV file and an empty workbook, with findings of every severity. */
export function sampleResult(options: ReportOptions = {}): ReportResult {
  const report = createReport(options);
  report.addFile("data.json", "json");
  report.addRecords("data.json", "DatasetMeta");
  report.addRecords("data.json", "Procurement", 12);
  report.addFile("inkoop.csv", "csv");
  report.addRecords("inkoop.csv", "Procurement", 3);
  report.addFile("leeg.xlsx", "xlsx");
  const findings: Finding[] = [
    duplicateId.finding(
      {
        pointer: "/procurements/3/id",
        location: { file: "data.json", line: 12, column: 5 },
        entity: "Procurement",
        excerpt: '"P-1"',
      },
      { id: '"P-1"' },
    ),
    ...[4, 5, 6].map((row) =>
      missingProperty.finding(
        { pointer: "", location: { file: "inkoop.csv", row, heading: "Naam" }, entity: "Procurement" },
        { property: '"name"' },
      ),
    ),
    deprecatedCode.finding(
      {
        pointer: "/procurements/5/buyer",
        location: { file: "data.json", line: 20, column: 9 },
        excerpt: '"GM\u001b[31m0457\u202e"',
      },
      { value: "GM0457\u001b[2J", successor: "GM0363" },
    ),
    emptyList.finding({ pointer: "/procurements", location: { file: "data.json", line: 1 } }),
  ];
  for (const finding of findings) report.add(finding);
  return report.result();
}

/** A run whose file name, heading, sheet, pointer, excerpt and args are all hostile. */
export function hostileResult(): ReportResult {
  const report = createReport();
  report.add(
    deprecatedCode.finding(
      {
        pointer: `/a${HOSTILE}`,
        location: { file: `dir/${HOSTILE}.xlsx`, row: 2, heading: HOSTILE, sheet: HOSTILE },
        entity: "Organisation",
        excerpt: HOSTILE,
      },
      { value: HOSTILE, successor: "GM0363" },
    ),
  );
  report.add({
    ...emptyList.finding({ pointer: "", location: { file: "x.json", line: 3, column: 2 } }),
    code: "not-registered",
  });
  return report.result();
}
