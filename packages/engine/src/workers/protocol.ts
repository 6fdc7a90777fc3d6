import type { NdjsonLineBatch } from "@mra-circulair/io";
import type { Finding } from "@mra-circulair/report";
import type { FactLists } from "./facts-codec.ts";

/** What a checker thread is told once, when it starts: how to read and check the lines of one file. */
export interface CheckerSetup {
  readonly file: string;
  readonly maxDepth?: number;
  readonly maxLineBytes?: number;
  /** The rule codes to run, all when absent; false runs no rules. */
  readonly rules: false | { readonly codes?: readonly string[]; readonly reference?: boolean };
}

/** A batch of lines to check, numbered in file order. */
export interface BatchToCheck extends NdjsonLineBatch {
  readonly index: number;
}

/** What a record's own checks found, for a record that has any (or whose value a rule with the index reads). */
export interface RecordFindings {
  /** The record, counted from 0 in its batch. */
  readonly at: number;
  readonly schema: readonly Finding[];
  readonly rules: readonly Finding[];
  /** The place of each rule finding's rule; see RecordCheck.ranks. */
  readonly ranks: readonly number[];
  readonly value?: unknown;
}

/** Numbers per record in {@link CheckedBatch.records}. */
export const RECORD_WIDTH = 5;

/** A checked batch, with its bytes handed back so that findings made later can still be located in them. */
export interface CheckedBatch extends FactLists {
  readonly kind: "checked";
  readonly index: number;
  readonly bytes: Uint8Array;
  /** The entities of the records, each once. */
  readonly entities: readonly string[];
  /** Per record, RECORD_WIDTH numbers: its entity in `entities`, its line, the byte range of its text, duplicates 1 or 0. */
  readonly records: Int32Array;
  /** The findings of reading, each before the record `at` (or after the last). */
  readonly read: readonly { readonly at: number; readonly finding: Finding }[];
  /** The schema and rule findings of the records that have any. */
  readonly checks: readonly RecordFindings[];
}

/** A thread that could not check a batch: a fault in the program, never in the data. */
export interface FailedBatch {
  readonly kind: "failed";
  readonly reason: string;
}

/** A thread that has compiled the schemas and takes batches from now on. */
export interface ReadyThread {
  readonly kind: "ready";
}

export type CheckerReply = CheckedBatch | FailedBatch | ReadyThread;
