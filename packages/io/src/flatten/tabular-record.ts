import type { Finding, SourceLocation } from "@mra-circulair/report";
import type { HeadingForm, PathSegment } from "./columns.ts";
import type { TabularEntity } from "./entities.ts";

/** One record read from a CSV row or an XLSX sheet row, in the Record contract of the validation pipeline (a SourceRecord). */
export interface TabularRecord {
  /** The PascalCase entity name, or "DatasetMeta" for the metadata. */
  readonly entity: TabularEntity;
  /** The record, built from the cells; it never has a key that reaches a prototype. */
  readonly value: Record<string, unknown>;
  /** The row of the record (the heading row is row 1), with the file and, in a workbook, the sheet. */
  readonly location: SourceLocation;
  /**
   * Where the record sits in the dataset document the table converts to: "/procurements/0" (the records of the
   * table counted from 0, rows that give no record skipped), or "/meta". Every finding on the record starts with it.
   */
  readonly pointerBase: string;
  /**
   * The row and column heading of a JSON Pointer inside the record: the heading as written in the file, or, for a
   * property whose column the file lacks, the heading a template would give it in the form of the file's headings.
   */
  locate(pointer: string): SourceLocation;
  /**
   * The pointers inside the record of the cells a read finding already reports (a decimal or date the reader
   * could not take as written, an Excel date, an Excel error value): the schema adds no finding of its own there.
   */
  readonly cellIssues: ReadonlySet<string>;
}

/** A heading of the file and what it names. */
export interface HeadingInfo {
  /** The heading as written in the file. */
  readonly heading: string;
  /** The 1-based column of the heading. */
  readonly column: number;
  /** The path of the property it names; undefined for an unknown, forbidden or duplicate heading. */
  readonly path?: string;
  readonly segments?: readonly PathSegment[];
}

/** What the heading row of a table says: its columns and the form their headings are written in. */
export interface TabularHeader {
  readonly entity: TabularEntity;
  /** The form every read heading is written in; "mixed" when they differ, undefined when none was read. */
  readonly form: HeadingForm | "mixed" | undefined;
  readonly headings: readonly HeadingInfo[];
  readonly location: SourceLocation;
}

/**
 * What a tabular reader yields, in file order: the header of each table, its records, and read findings. A reader
 * never throws on data: whatever is wrong with the file becomes a finding with its location. The record and finding
 * items are those of the JSON and NDJSON readers (ReadItem); the header item is the tabular readers' own.
 */
export type TabularReadItem =
  | { readonly kind: "header"; readonly header: TabularHeader }
  | { readonly kind: "record"; readonly record: TabularRecord }
  | { readonly kind: "finding"; readonly finding: Finding };
