import type { Finding, SourceLocation } from "@mra-circulair/report";

/**
 * Bytes to read: a Node stream, `file.stream()` in a browser, or any (async) iterable of byte chunks. A chunk must
 * not change once given, as readers may hold on to it until the next ones come.
 */
export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** One record a reader found, located in its file. */
export interface SourceRecord {
  /** The PascalCase entity ("Procurement"), or "DatasetMeta" for the metadata. */
  readonly entity: string;
  /** The parsed value, as JSON.parse builds it: own `__proto__` and `constructor` keys stay plain data. */
  readonly value: unknown;
  /** Where the record starts. */
  readonly location: SourceLocation;
  /** The JSON Pointer of the record in its document ("/procurements/3"), "" when the record is the document or a line. */
  readonly pointerBase: string;
  /**
   * Where the value at `pointer` (relative to the record, as a validator reports it) is in the file, worked out
   * only when asked. A pointer that leads nowhere gives the place of its deepest existing ancestor.
   */
  locate(pointer: string): SourceLocation;
}

/** What a reader yields: a record to validate, or a finding about the input itself. */
export type ReadItem =
  | { readonly kind: "record"; readonly record: SourceRecord }
  | { readonly kind: "finding"; readonly finding: Finding };
