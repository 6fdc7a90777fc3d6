import type { Finding } from "@mra-circulair/report";
import type { ReadItem, SourceRecord } from "./record.ts";

/** What a reader gave, sorted out, for tests. */
export interface ReadAll {
  readonly items: ReadItem[];
  readonly records: SourceRecord[];
  readonly findings: Finding[];
  /** The codes of the findings, in order. */
  readonly codes: string[];
}

/** Reads every item, for tests. */
export async function readAll(items: AsyncIterable<ReadItem>): Promise<ReadAll> {
  const all: ReadItem[] = [];
  for await (const item of items) all.push(item);
  const records = all.flatMap((item) => (item.kind === "record" ? [item.record] : []));
  const findings = all.flatMap((item) => (item.kind === "finding" ? [item.finding] : []));
  return { items: all, records, findings, codes: findings.map((finding) => finding.code) };
}

/** Text or bytes as chunks of `size` bytes (one chunk by default), as a stream would give them. */
export function chunksOf(input: string | Uint8Array, size = Number.POSITIVE_INFINITY): Uint8Array[] {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, Math.min(bytes.length, at + size)));
  return chunks;
}

/** The bytes of text parts (as UTF-8) and byte parts, one after the other: for input with bytes text cannot hold. */
export function bytesOf(...parts: (string | number[])[]): Uint8Array {
  const encoded = parts.map((part) =>
    typeof part === "string" ? new TextEncoder().encode(part) : new Uint8Array(part),
  );
  const all = new Uint8Array(encoded.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of encoded) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}
