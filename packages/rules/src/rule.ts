import type { CodeDefinition, Finding, SourceLocation } from "@mra-circulair/report";
import type { DatasetIndex, IndexedId } from "./dataset-index.ts";
import type { SchemaMetadata, SchemaNode } from "./metadata/schema-metadata.ts";
import type { Visit } from "./metadata/walk.ts";
import type { Reference } from "./model/references.ts";

/** Where a finding is: the entity of the record, the JSON Pointer (with the record's pointerBase) and the source location. */
export interface Site {
  readonly entity?: string;
  readonly pointer: string;
  readonly location: SourceLocation;
}

/** Reports one finding, made by its code's handle (`duplicateId.finding(site, args)`); the runner drops codes that are not enabled. */
export type Report = (finding: Finding) => void;

/** A record as a rule sees it: the value, the identifiers and references the index found in it, and its sites. */
export interface CheckedRecord {
  readonly entity: string;
  readonly value: unknown;
  /** The source location of the record's start. */
  readonly location: SourceLocation;
  /** The identifiers the record declares, each marked new or already seen; for rules that use the index. */
  readonly ids: readonly IndexedId[];
  /** The references the record makes; for rules that use the index. */
  readonly references: readonly Reference[];
  /** The site of a JSON Pointer inside the record: located precisely when the reader can, else at the record. */
  site(pointer: string): Site;
}

/** What every rule of one run shares. */
export interface RuleContext {
  /** The identifiers, organisations and indicator units of the dataset read so far. */
  readonly index: DatasetIndex;
  readonly metadata: SchemaMetadata;
  /** Whether organisations resolve against the reference data when the dataset has none. */
  readonly reference: boolean;
}

/** One rule's state for one run. Each method is optional. */
export interface RuleInstance {
  /** Called once per record, in the order records arrive. */
  check?(record: CheckedRecord, report: Report): void;
  /** Called for every value of a record that the schema describes, after `check`. */
  visit?(visit: Visit, record: CheckedRecord, report: Report): void;
  /**
   * Whether `visit` can report a value of this node, `required` when it is a property its object requires;
   * other values are not visited. All values when absent.
   */
  visits?(node: SchemaNode, required: boolean): boolean;
  /** Called once after the last record. */
  finish?(report: Report): void;
}

/**
 * A rule: the codes it reports, whether it needs the dataset index, and how to start a run. A rule without
 * the index judges each record on its own, with no state between records and no `finish`: parallel
 * validation runs it on the thread that parsed the record. A rule with the index runs where the whole
 * dataset is, and sees a record's value only for the entities in `readsValue`.
 */
export interface Rule {
  /** The definitions of the codes this rule reports; the first is the rule's own code. */
  readonly codes: readonly CodeDefinition[];
  /** Whether the rule reads the dataset index; the runner builds the index only when an enabled rule does. */
  readonly usesIndex?: boolean;
  /** For a rule with the index: the entities whose record values its `check` reads. */
  readonly readsValue?: readonly string[];
  create(context: RuleContext): RuleInstance;
}
