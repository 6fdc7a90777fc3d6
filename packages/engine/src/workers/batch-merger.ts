import { locateInLine, MetaLines } from "@mra-circulair/io";
import type { Finding, Report, SourceLocation } from "@mra-circulair/report";
import type { FactRecord, RecordCheck, RuleRunner } from "@mra-circulair/rules";
import { FactReader } from "./facts-codec.ts";
import { type CheckedBatch, RECORD_WIDTH, type RecordFindings } from "./protocol.ts";

const NONE: readonly Finding[] = [];
const NO_RANKS: readonly number[] = [];

/** A record checked on another thread, as the rules with the index see it; located in the bytes of its batch. */
class LineRecord implements FactRecord {
  readonly entity: string;
  readonly location: SourceLocation;
  readonly checked: RecordCheck;
  readonly #bytes: Uint8Array;
  readonly #start: number;
  readonly #end: number;
  readonly #duplicates: boolean;

  constructor(
    entity: string,
    location: SourceLocation,
    checked: RecordCheck,
    bytes: Uint8Array,
    span: readonly [number, number, boolean],
  ) {
    this.entity = entity;
    this.location = location;
    this.checked = checked;
    this.#bytes = bytes;
    [this.#start, this.#end, this.#duplicates] = span;
  }

  locate(pointer: string): SourceLocation {
    return locateInLine(this.location, this.#bytes, this.#start, this.#end, this.#duplicates, pointer);
  }
}

/**
 * Adds checked batches to a report in file order, as the session adds the items of a file read on its own
 * thread: the read findings, the meta line's, the schema's, and the rules' (the rules with the index run here).
 */
export class BatchMerger {
  readonly #file: string;
  readonly #report: Report;
  readonly #rules: RuleRunner | undefined;
  readonly #meta: MetaLines;
  readonly #onProgress: ((records: number) => void) | undefined;
  readonly #progressEvery: number;
  records = 0;

  constructor(
    file: string,
    report: Report,
    rules: RuleRunner | undefined,
    progress: { readonly every: number; readonly onProgress?: (records: number) => void },
  ) {
    this.#file = file;
    this.#report = report;
    this.#rules = rules;
    this.#meta = new MetaLines(file);
    this.#onProgress = progress.onProgress;
    this.#progressEvery = progress.every;
  }

  merge(batch: CheckedBatch): void {
    const report = this.#report;
    const rules = this.#rules;
    const file = this.#file;
    const { records, read, checks, entities, bytes } = batch;
    const facts = batch.numbers.length > 0 ? new FactReader(batch) : undefined;
    const count = records.length / RECORD_WIDTH;
    let nextRead = 0;
    let nextCheck = 0;
    for (let at = 0; at < count; at++) {
      // the findings of the lines before this record, and of its own line
      for (; nextRead < read.length && (read[nextRead] as (typeof read)[number]).at <= at; nextRead++)
        report.add((read[nextRead] as (typeof read)[number]).finding);
      const base = at * RECORD_WIDTH;
      const entity = entities[records[base] as number] as string;
      const line = records[base + 1] as number;
      for (const finding of this.#meta.record(entity, line)) report.add(finding);
      report.addRecords(file, entity);
      let found: RecordFindings | undefined;
      if (nextCheck < checks.length && (checks[nextCheck] as RecordFindings).at === at) found = checks[nextCheck++];
      if (found !== undefined) for (const finding of found.schema) report.add(finding);
      if (rules !== undefined) {
        const recordFacts = facts?.next();
        const checked: RecordCheck = {
          findings: found?.rules ?? NONE,
          ranks: found?.ranks ?? NO_RANKS,
          ...(recordFacts === undefined ? {} : { facts: recordFacts }),
          ...(found !== undefined && Object.hasOwn(found, "value") ? { value: found.value } : {}),
        };
        const span = [records[base + 2] as number, records[base + 3] as number, records[base + 4] === 1] as const;
        const record = new LineRecord(entity, { file, line }, checked, bytes, span);
        for (const finding of rules.checkFacts(record)) report.add(finding);
      }
      this.records++;
      if (this.records % this.#progressEvery === 0) this.#onProgress?.(this.records);
    }
    for (; nextRead < read.length; nextRead++) report.add((read[nextRead] as (typeof read)[number]).finding);
  }

  /** The findings once the whole file has been merged. */
  end(): void {
    for (const finding of this.#meta.end()) this.#report.add(finding);
  }
}
