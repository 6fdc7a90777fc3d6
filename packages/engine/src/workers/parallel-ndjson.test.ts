import { readFileSync } from "node:fs";
import type { ReportResult } from "@mra-circulair/report";
import { createReport } from "@mra-circulair/report";
import { describe, expect, it } from "vitest";
import { createValidationSession, type ValidationSessionOptions } from "../session.ts";
import { nodeThreads } from "./node.ts";
import { ValidationThreadError, type ValidationThreads } from "./threads.ts";

type Json = Record<string, unknown>;

const dataset = JSON.parse(
  readFileSync(new URL("../../../../examples/mra-example.dataset.json", import.meta.url), "utf8"),
) as Record<string, Json[] | Json>;
const LINE_TYPES: Readonly<Record<string, string>> = {
  organisations: "organisation",
  declarations: "declaration",
  signatures: "signature",
  roadmaps: "roadmap",
  goals: "goal",
  purchasePackages: "purchase-package",
  tracks: "track",
  criteria: "criterion",
  mviLinks: "mvi-link",
  indicatorDefinitions: "indicator-definition",
  observations: "observation",
  procurements: "procurement",
};
const line = (type: string, record: unknown) => JSON.stringify({ type, record });
const procurements = dataset.procurements as Json[];
const observations = dataset.observations as Json[];

/**
 * The example dataset as NDJSON, with thousands of procurements made from its own (a few megabytes, so
 * several batches), and every kind of finding: of reading, of the meta line, of the schemas and of the rules,
 * within a record and across records.
 */
function bigNdjson(copies: number): string {
  const lines = [line("meta", dataset.meta)];
  for (const [member, type] of Object.entries(LINE_TYPES)) {
    if (member === "procurements") continue;
    for (const record of dataset[member] as Json[]) lines.push(line(type, record));
  }
  for (let i = 0; i < copies; i++) {
    const base = procurements[i % procurements.length] as Json;
    const record: Json = { ...base, id: `proc-copy-${i}` };
    if (i % 97 === 5) record.dates = { publication: "2024-05-01", award: "2024-03-15" };
    if (i % 131 === 7) record.contractValue = { amount: "12,50", currency: "EUR" };
    if (i % 173 === 9) record.id = "proc-copy-1";
    if (i % 199 === 11) record.purchasePackage = i % 2 === 0 ? "pkg-later" : "pkg-nowhere";
    if (i % 223 === 17) record.procedure = "europees-openbaar";
    lines.push(line("procurement", record));
    if (i % 211 === 13)
      lines.push(
        line("purchase-package", { ...(dataset.purchasePackages as Json[])[0], id: `pkg-${i}`, cpvCodes: [] }),
      );
    if (i % 509 === 19) lines.push('{"type": "procurement", "record": {"id": "x", "id": "y"}}');
    if (i % 521 === 23) lines.push("{oops");
    if (i % 557 === 29) lines.push(`\ufeff${line("observation", { ...observations[0], id: `obs-bom-${i}` })}`);
    if (i % 563 === 31) lines.push(line("goal", { note: "x".repeat(3000) }));
    if (i % 587 === 37) lines.push(line("observation", { ...observations[0], id: `obs-${i}`, unit: "kg" }));
    if (i % 1201 === 41) lines.push(line("meta", dataset.meta));
  }
  lines.push(line("purchase-package", { ...(dataset.purchasePackages as Json[])[0], id: "pkg-later" }));
  return `${lines.join("\r\n")}\n`;
}

const encoder = new TextEncoder();
// the text in chunks of uneven size, some cut inside a character, as a file stream might give them
function* chunks(text: string): Generator<Uint8Array> {
  const bytes = encoder.encode(text);
  for (let at = 0, size = 1000; at < bytes.length; at += size, size = (size * 7) % 70_001) {
    yield bytes.subarray(at, at + size);
  }
}

interface Run {
  readonly result: ReportResult;
  readonly progress: number[];
}

async function validateAll(
  files: readonly (readonly [string, string | Uint8Array])[],
  options: ValidationSessionOptions,
): Promise<Run> {
  const session = createValidationSession({ ...options, report: createReport({ maxErrors: Infinity }) });
  const progress: number[] = [];
  for (const [file, content] of files) {
    const bytes = typeof content === "string" ? chunks(content) : [content];
    await session.validate({ bytes, file, onProgress: (records) => progress.push(records) });
  }
  return { result: session.finish(), progress };
}

describe("validating NDJSON on threads", () => {
  const big = bigNdjson(6000);
  const badUtf8 = new Uint8Array([...encoder.encode(`${line("meta", dataset.meta)}\n{"type": "goal", "t": "`), 0xe9]);
  const files = [
    ["big.ndjson", big],
    ["second.ndjson", `${line("procurement", { ...procurements[0], id: "proc-copy-2" })}\n`],
    ["bad.ndjson", badUtf8],
  ] as const;
  const limits = { maxRecordBytes: 2000, maxDepth: 10 };

  it("gives the report of the main thread, with one thread or two", async () => {
    const alone = await validateAll(files, limits);
    const one = await validateAll(files, { ...limits, threads: nodeThreads(1) });
    const two = await validateAll(files, { ...limits, threads: nodeThreads(2) });
    expect(one).toEqual(alone);
    expect(two).toEqual(alone);
    // every kind of finding is there, and the progress was told
    const codes = new Set(alone.result.findings.map((finding) => finding.code));
    for (const code of ["duplicate-key", "json-syntax", "not-utf8", "record-too-large", "meta-repeated"])
      expect(codes).toContain(code);
    for (const code of ["schema-pattern", "date-order", "duplicate-id", "unresolved-reference", "empty-value"])
      expect(codes).toContain(code);
    for (const code of ["code-not-in-open-codelist", "observation-unit-mismatch"]) expect(codes).toContain(code);
    expect(alone.result.totals.records).toBeGreaterThan(6000);
    const recordsOf = (file: number) =>
      Object.values(alone.result.files[file]?.records ?? {}).reduce((sum, count) => sum + count, 0);
    expect(alone.progress).toEqual([recordsOf(0), recordsOf(1), recordsOf(2)]);
  });

  it("gives the report of the main thread without rules, and with some", async () => {
    for (const rules of [false, ["duplicate-id", "date-order"]] as const) {
      const alone = await validateAll([files[0]], { rules });
      const two = await validateAll([files[0]], { rules, threads: nodeThreads(2) });
      expect(two).toEqual(alone);
    }
  });

  it("ends with a ValidationThreadError when a thread fails, and stops the threads", async () => {
    let stopped = 0;
    const failing: ValidationThreads = {
      count: 2,
      start(_setup, onReply) {
        queueMicrotask(() => onReply({ kind: "ready" }));
        return {
          send: () => queueMicrotask(() => onReply({ kind: "failed", reason: "out of memory" })),
          stop: async () => {
            stopped++;
          },
        };
      },
    };
    const session = createValidationSession({ threads: failing });
    const validating = session.validate({ bytes: chunks(big), file: "big.ndjson" });
    await expect(validating).rejects.toThrow(ValidationThreadError);
    await expect(validating).rejects.toThrow("a validation thread failed: out of memory");
    expect(stopped).toBe(2);
  });

  it("passes on an error of the bytes, and stops the threads", async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield encoder.encode(big.slice(0, 100_000));
      throw new Error("the disk went away");
    }
    const session = createValidationSession({ threads: nodeThreads(2) });
    await expect(session.validate({ bytes: broken(), file: "big.ndjson" })).rejects.toThrow("the disk went away");
  });
});
