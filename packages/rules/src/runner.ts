import type { CodeDefinition, Finding, SourceLocation } from "@mra-circulair/report";
import { DatasetIndex, type IndexedId } from "./dataset-index.ts";
import { bundledMetadata } from "./metadata/bundled.ts";
import type { SchemaMetadata, SchemaNode } from "./metadata/schema-metadata.ts";
import { type Visit, type WalkScope, walkRecord } from "./metadata/walk.ts";
import { type FactSink, type RecordFacts, recordFacts, writeRecordFacts } from "./model/record-facts.ts";
import type { Reference } from "./model/references.ts";
import type { CheckedRecord, Report, Rule, RuleInstance, Site } from "./rule.ts";
import { ruleDefinitions, rules } from "./rules.ts";

/** A record as a reader yields it (see docs/design/validation-pipeline.md); `value` may be anything. */
export interface RuleRecord {
  /** The PascalCase entity ("Procurement"), or "DatasetMeta" for the metadata. */
  readonly entity: string;
  /** The parsed value; rules guard every access, so a value that failed the schema is fine. */
  readonly value: unknown;
  /** The record's start. */
  readonly location: SourceLocation;
  /** The record's JSON Pointer in the whole document ("/procurements/3"), prefixed to every finding's pointer; "" by default. */
  readonly pointerBase?: string;
  /** Maps a JSON Pointer inside the record to a precise location; called only for pointers that get a finding. */
  readonly locate?: (pointer: string) => SourceLocation;
}

/** Options of {@link createRuleRunner}. */
export interface RuleRunnerOptions {
  /** The codes to report; all rule codes by default. Unknown codes throw a RangeError. */
  readonly rules?: readonly string[];
  /** Resolve organisations against the reference data when the dataset has none; true by default. */
  readonly reference?: boolean;
  /** The schemas and codelists to read; the bundled ones by default. */
  readonly metadata?: SchemaMetadata;
}

/**
 * A record whose own rules ran elsewhere (another thread, in parallel validation): its facts for the index,
 * the findings of those rules, and its value only where a rule with the index reads it.
 */
export interface FactRecord extends Omit<RuleRecord, "value"> {
  /** What {@link RecordRuleRunner.check} gave for the record. */
  readonly checked: RecordCheck;
}

/**
 * What the rules that need no other record found on one record, and its facts for the rules that do (from
 * {@link RecordRuleRunner.writeFacts}, carried to the runner that holds the dataset).
 */
export interface RecordCheck {
  /** The findings, in the order the runner would give them. */
  readonly findings: readonly Finding[];
  /** For each finding, the place of its rule among all the rules; the walk's findings come after every rule. */
  readonly ranks: readonly number[];
  /** The facts for the dataset index; absent when no enabled rule uses it. */
  readonly facts?: RecordFacts;
  /** The value, when a rule with the index reads the value of the record's entity; see {@link Rule.readsValue}. */
  readonly value?: unknown;
}

/** Runs the rules over a stream of records: `check` each record in any order, then `finish` once. */
export interface RuleRunner {
  /** The findings on this record that need no other record. */
  check(record: RuleRecord): Finding[];
  /**
   * As `check`, for a record checked by a {@link RecordRuleRunner} with the same options: runs the rules with
   * the index and merges their findings with the record's own, in the order `check` gives them.
   */
  checkFacts(record: FactRecord): Finding[];
  /** The findings that need the whole dataset (references, duplicates across files), after the last record. */
  finish(): Finding[];
}

/** Runs, on any thread, the rules that judge a record on its own, and works out its facts for the index. */
export interface RecordRuleRunner {
  /** The findings of those rules, without facts. */
  check(record: RuleRecord): RecordCheck;
  /** Whether an enabled rule uses the index, so that the runner holding the dataset needs each record's facts. */
  readonly usesIndex: boolean;
  /** Writes the record's facts for the index to `sink` (see {@link recordFacts}), when `usesIndex`. */
  writeFacts(record: RuleRecord, sink: FactSink): void;
}

// every code of this package may be selected; code-not-in-closed-codelist is accepted but reported by the schema layer
const definitions: ReadonlyMap<string, CodeDefinition> = new Map(
  ruleDefinitions.map((definition) => [definition.code, definition]),
);

function enabledCodes(selected: readonly string[] | undefined): ReadonlySet<string> {
  if (selected === undefined) return new Set(definitions.keys());
  const unknown = selected.filter((code) => !definitions.has(code));
  if (unknown.length > 0)
    throw new RangeError(`unknown rule code ${unknown.join(", ")}; known codes: ${[...definitions.keys()].join(", ")}`);
  return new Set(selected);
}

function locateSafely(record: RuleRecord | FactRecord, pointer: string): SourceLocation {
  if (record.locate === undefined) return record.location;
  try {
    return record.locate(pointer) ?? record.location;
  } catch {
    // a reader that cannot place a pointer still has the record's start
    return record.location;
  }
}

const NO_IDS: readonly IndexedId[] = [];
const NO_REFERENCES: readonly Reference[] = [];
const NO_FINDINGS: readonly Finding[] = [];
const NO_RANKS: readonly number[] = [];

/** One run's rules: the enabled ones, in documentation order, and the context they share. */
class RunRules {
  readonly enabled: ReadonlySet<string>;
  readonly active: readonly Rule[];
  readonly index = new DatasetIndex();
  readonly metadata: SchemaMetadata;
  readonly reference: boolean;
  readonly usesIndex: boolean;
  findings: Finding[] = [];

  constructor(options: RuleRunnerOptions) {
    this.enabled = enabledCodes(options.rules);
    this.active = rules.filter((rule) => rule.codes.some((definition) => this.enabled.has(definition.code)));
    this.metadata = options.metadata ?? bundledMetadata();
    this.reference = options.reference ?? true;
    this.usesIndex = this.active.some((rule) => rule.usesIndex === true);
  }

  readonly report: Report = (finding) => {
    if (this.enabled.has(finding.code)) this.findings.push(finding);
  };

  /** The instances of the rules `which` accepts, each with its place among all active rules. */
  create(which: (rule: Rule) => boolean): { readonly rank: number; readonly instance: RuleInstance }[] {
    const context = { index: this.index, metadata: this.metadata, reference: this.reference };
    return this.active.flatMap((rule, rank) => (which(rule) ? [{ rank, instance: rule.create(context) }] : []));
  }
}

const NOT_SENT: unique symbol = Symbol("not sent");

/** A record as the rules see it; one locate per pointer, however many rules report there or keep the site. */
class Checked implements CheckedRecord {
  readonly entity: string;
  readonly location: SourceLocation;
  readonly ids: readonly IndexedId[];
  readonly references: readonly Reference[];
  readonly #record: RuleRecord | FactRecord;
  readonly #value: unknown;
  #sites: Map<string, Site> | undefined;

  constructor(
    record: RuleRecord | FactRecord,
    value: unknown,
    ids: readonly IndexedId[],
    references: readonly Reference[],
  ) {
    this.entity = record.entity;
    this.location = record.location;
    this.ids = ids;
    this.references = references;
    this.#record = record;
    this.#value = value;
  }

  get value(): unknown {
    // a record whose value stayed on the thread that parsed it: a rule with the index that reads it must say so
    if (this.#value === NOT_SENT)
      throw new Error(
        `a rule with the index read the value of a ${this.entity} record; list ${this.entity} in its readsValue`,
      );
    return this.#value;
  }

  site(pointer: string): Site {
    this.#sites ??= new Map();
    let site = this.#sites.get(pointer);
    if (site === undefined) {
      const base = typeof this.#record.pointerBase === "string" ? this.#record.pointerBase : "";
      site = { entity: this.entity, pointer: base + pointer, location: locateSafely(this.#record, pointer) };
      this.#sites.set(pointer, site);
    }
    return site;
  }
}

/** The walk of the rules that visit values: each node's visitors worked out once, nodes without any passed by. */
class Visitors {
  readonly #visitors: readonly RuleInstance[];
  readonly #byNode = [new Map<SchemaNode, readonly RuleInstance[]>(), new Map<SchemaNode, readonly RuleInstance[]>()];
  readonly #scope: WalkScope = { visits: (node, required) => this.#of(node, required).length > 0 };

  constructor(instances: readonly RuleInstance[]) {
    this.#visitors = instances.filter((instance) => instance.visit !== undefined);
  }

  #of(node: SchemaNode, required: boolean): readonly RuleInstance[] {
    const known = this.#byNode[required ? 1 : 0] as Map<SchemaNode, readonly RuleInstance[]>;
    let found = known.get(node);
    if (found === undefined) {
      found = this.#visitors.filter((visitor) => visitor.visits?.(node, required) ?? true);
      known.set(node, found);
    }
    return found;
  }

  walk(metadata: SchemaMetadata, record: CheckedRecord, report: Report): void {
    const root = this.#visitors.length > 0 ? metadata.entity(record.entity) : undefined;
    if (root === undefined) return;
    const visit = (value: Visit) => {
      for (const visitor of this.#of(value.node, value.required)) visitor.visit?.(value, record, report);
    };
    walkRecord(root, record.value, visit, this.#scope);
  }
}

/**
 * Creates a streaming rule runner. Memory stays constant per record; what grows is the dataset index (a
 * 64-bit hash per identifier, the organisations and indicator units) and the references that point forward
 * to records not read yet, which are kept until `finish`.
 */
export function createRuleRunner(options: RuleRunnerOptions = {}): RuleRunner {
  const run = new RunRules(options);
  const all = run.create(() => true);
  const instances = all.map(({ instance }) => instance);
  const withIndex = all.filter(({ rank }) => run.active[rank]?.usesIndex === true);
  const visitors = new Visitors(instances);
  // a rule with the index is not on the thread that has the value to walk
  const withIndexVisits = withIndex.some(({ instance }) => instance.visit !== undefined);
  const { index, metadata } = run;
  let finished = false;

  const begin = () => {
    if (finished) throw new Error("the rule runner has finished; create a new one for another dataset");
    run.findings = [];
  };
  const fileOf = (record: RuleRecord | FactRecord) =>
    typeof record.location?.file === "string" ? record.location.file : "";

  return {
    check(record) {
      begin();
      const facts = run.usesIndex ? recordFacts(record.entity, record.value) : undefined;
      const ids = facts === undefined ? NO_IDS : index.add(facts, fileOf(record));
      const checked = new Checked(record, record.value, ids, facts?.references ?? []);
      for (const instance of instances) instance.check?.(checked, run.report);
      visitors.walk(metadata, checked, run.report);
      return run.findings;
    },
    checkFacts(record) {
      if (withIndexVisits) throw new Error("a rule with the index visits values: it cannot run on facts");
      begin();
      const { facts, findings, ranks } = record.checked;
      const ids = facts === undefined ? NO_IDS : index.add(facts, fileOf(record));
      const value = Object.hasOwn(record.checked, "value") ? record.checked.value : NOT_SENT;
      const checked = new Checked(record, value, ids, facts?.references ?? []);
      // the rules with the index report between the record's own findings, in the rules' order
      let next = 0;
      for (const { rank, instance } of withIndex) {
        while (next < ranks.length && (ranks[next] ?? 0) < rank) run.findings.push(findings[next++] as Finding);
        instance.check?.(checked, run.report);
      }
      while (next < findings.length) run.findings.push(findings[next++] as Finding);
      return run.findings;
    },
    finish() {
      if (finished) throw new Error("the rule runner has already finished");
      finished = true;
      run.findings = [];
      for (const instance of instances) instance.finish?.(run.report);
      return run.findings.sort(compareFindings);
    },
  };
}

/**
 * Creates a runner of the rules that judge each record on its own (those without the index), for parallel
 * validation: it runs where the record was parsed, and a {@link RuleRunner} with the same options takes
 * what it gives through `checkFacts`.
 */
export function createRecordRuleRunner(options: RuleRunnerOptions = {}): RecordRuleRunner {
  const run = new RunRules(options);
  const own = run.create((rule) => rule.usesIndex !== true);
  for (const { rank, instance } of own)
    if (instance.finish !== undefined)
      throw new Error(`rule ${run.active[rank]?.codes[0]?.code} keeps state: it must use the index`);
  const afterAll = run.active.length;
  const visitors = new Visitors(own.map(({ instance }) => instance));
  const readers = new Set(run.active.flatMap((rule) => (rule.usesIndex === true ? (rule.readsValue ?? []) : [])));
  return {
    usesIndex: run.usesIndex,
    writeFacts(record, sink) {
      if (run.usesIndex) writeRecordFacts(record.entity, record.value, sink);
    },
    check(record) {
      run.findings = [];
      const checked = new Checked(record, record.value, NO_IDS, NO_REFERENCES);
      let ranks: number[] | undefined;
      for (const { rank, instance } of own) {
        const before = run.findings.length;
        instance.check?.(checked, run.report);
        if (run.findings.length > before) {
          ranks ??= [];
          for (let i = before; i < run.findings.length; i++) ranks.push(rank);
        }
      }
      const before = run.findings.length;
      visitors.walk(run.metadata, checked, run.report);
      if (run.findings.length > before) {
        ranks ??= [];
        for (let i = before; i < run.findings.length; i++) ranks.push(afterAll);
      }
      const findings = run.findings.length === 0 ? NO_FINDINGS : run.findings;
      // no object spread: this runs for every record
      const result: { -readonly [K in keyof RecordCheck]: RecordCheck[K] } = { findings, ranks: ranks ?? NO_RANKS };
      if (readers.has(record.entity)) result.value = record.value;
      return result;
    },
  };
}

/** Runs the rules over all records at once: the findings of every `check`, then those of `finish`. */
export function runRules(records: Iterable<RuleRecord>, options: RuleRunnerOptions = {}): Finding[] {
  const runner = createRuleRunner(options);
  const findings: Finding[] = [];
  for (const record of records) findings.push(...runner.check(record));
  findings.push(...runner.finish());
  return findings;
}

// findings of finish in source order, so that the output does not depend on the order records arrived in
function compareFindings(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  return (
    compareText(la.file, lb.file) ||
    compareText(la.sheet ?? "", lb.sheet ?? "") ||
    (la.line ?? la.row ?? 0) - (lb.line ?? lb.row ?? 0) ||
    (la.column ?? 0) - (lb.column ?? 0) ||
    compareText(a.pointer, b.pointer) ||
    compareText(a.code, b.code) ||
    compareText(JSON.stringify(a.args), JSON.stringify(b.args))
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
