import { readFileSync } from "node:fs";
import { type ByteSource, type TabularEntity, tabularEntity } from "@mra-circulair/io";
import type { Finding, Report, ReportResult } from "@mra-circulair/report";
import { createValidationSession, type FileInput } from "../session.ts";

/** Shared fixtures for the reliability goals (brief section 6); each test builds its own bytes from these. */
export const encode = (text: string): Uint8Array[] => [new TextEncoder().encode(text)];
export const line = (type: string, record: unknown): string => JSON.stringify({ type, record });

export const metaRecord = {
  schemaVersion: "1.0",
  id: "test",
  publisher: { name: "Gemeente Amsterdam" },
  license: "https://creativecommons.org/licenses/by/4.0/",
  publishedAt: "2026-11-28T12:00:00Z",
};
export const meta = line("meta", metaRecord);

export const criterion = {
  id: "crit-1",
  title: { nl: "Hergebruik" },
  text: { nl: "Ten minste 50% asfaltgranulaat." },
  type: "eis",
  mviAmbitionLevel: "basis",
  mvoiThemes: ["circulair"],
  source: "own",
  version: "1.0.0",
  status: "active",
};

const example = JSON.parse(
  readFileSync(new URL("../../../../examples/mra-example.dataset.json", import.meta.url), "utf8"),
) as { procurements: Record<string, unknown>[] };
/** A valid procurement from the example dataset (buyer GM0363, amount "1250000.00"). */
export const procurement: Record<string, unknown> = example.procurements[0] ?? {};

/** An NDJSON criterion line with raw JSON text `patch` put first in its record. */
export const criterionLine = (patch: string): string =>
  `{"type":"criterion","record":${JSON.stringify(criterion).replace("{", `{${patch},`)}}`;

/** The NDJSON text of the meta line followed by `lines`: the first of them is on line 2. */
export const ndjson = (...lines: string[]): string => [meta, ...lines].join("\n");

export function entity(name: string): TabularEntity {
  const found = tabularEntity(name)?.entity;
  if (found === undefined) throw new Error(`no tabular entity ${name}`);
  return found;
}

export interface RunOptions extends Omit<FileInput, "bytes" | "file"> {
  readonly report?: Report;
  readonly maxDepth?: number;
}

/** Validates one file end to end without the cross-record rules; never lets a throw pass unnoticed. */
export async function run(bytes: ByteSource, file: string, options: RunOptions = {}): Promise<ReportResult> {
  const { report, maxDepth, ...input } = options;
  const session = createValidationSession({
    rules: false,
    ...(report === undefined ? {} : { report }),
    ...(maxDepth === undefined ? {} : { maxDepth }),
  });
  await session.validate({ bytes, file, ...input });
  return session.finish();
}

/** [code, pointer, location] of every finding, for compact assertions. */
export const sites = (result: ReportResult): [string, string, Finding["location"]][] =>
  result.findings.map((f) => [f.code, f.pointer, f.location]);

export const codes = (result: ReportResult): string[] => result.findings.map((f) => f.code);
