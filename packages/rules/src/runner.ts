import type { CodeDefinition, Finding, SourceLocation } from "@mra-circulair/report";
import { DatasetIndex } from "./dataset-index.ts";
import { bundledMetadata } from "./metadata/bundled.ts";
import type { SchemaMetadata } from "./metadata/schema-metadata.ts";
import { walkRecord } from "./metadata/walk.ts";
import type { CheckedRecord, Report, RuleInstance, Site } from "./rule.ts";
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

/** Runs the rules over a stream of records: `check` each record in any order, then `finish` once. */
export interface RuleRunner {
  /** The findings on this record that need no other record. */
  check(record: RuleRecord): Finding[];
  /** The findings that need the whole dataset (references, duplicates across files), after the last record. */
  finish(): Finding[];
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

function locateSafely(record: RuleRecord, pointer: string): SourceLocation {
  if (record.locate === undefined) return record.location;
  try {
    return record.locate(pointer) ?? record.location;
  } catch {
    // a reader that cannot place a pointer still has the record's start
    return record.location;
  }
}

const NO_FACTS = { ids: [], references: [] } as const;

/**
 * Creates a streaming rule runner. Memory stays constant per record; what grows is the dataset index (a
 * 64-bit hash per identifier, the organisations and indicator units) and the references that point forward
 * to records not read yet, which are kept until `finish`.
 */
export function createRuleRunner(options: RuleRunnerOptions = {}): RuleRunner {
  const enabled = enabledCodes(options.rules);
  const active = rules.filter((rule) => rule.codes.some((definition) => enabled.has(definition.code)));
  const index = new DatasetIndex();
  const metadata = options.metadata ?? bundledMetadata();
  const context = { index, metadata, reference: options.reference ?? true };
  const usesIndex = active.some((rule) => rule.usesIndex === true);
  const instances: RuleInstance[] = active.map((rule) => rule.create(context));
  const visitors = instances.filter((instance) => instance.visit !== undefined);
  let findings: Finding[] = [];
  let finished = false;

  const report: Report = (finding) => {
    if (enabled.has(finding.code)) findings.push(finding);
  };

  return {
    check(record) {
      if (finished) throw new Error("the rule runner has finished; create a new one for another dataset");
      findings = [];
      const base = typeof record.pointerBase === "string" ? record.pointerBase : "";
      const file = typeof record.location?.file === "string" ? record.location.file : "";
      const facts = usesIndex ? index.ingest(record.entity, record.value, file) : NO_FACTS;
      // one locate per pointer, however many rules report there or keep the site for later
      let sites: Map<string, Site> | undefined;
      const checked: CheckedRecord = {
        entity: record.entity,
        value: record.value,
        location: record.location,
        ids: facts.ids,
        references: facts.references,
        site(pointer) {
          sites ??= new Map();
          let site = sites.get(pointer);
          if (site === undefined) {
            site = { entity: record.entity, pointer: base + pointer, location: locateSafely(record, pointer) };
            sites.set(pointer, site);
          }
          return site;
        },
      };
      for (const instance of instances) instance.check?.(checked, report);
      const root = visitors.length > 0 ? metadata.entity(record.entity) : undefined;
      if (root !== undefined)
        walkRecord(root, record.value, (visit) => {
          for (const visitor of visitors) visitor.visit?.(visit, checked, report);
        });
      return findings;
    },
    finish() {
      if (finished) throw new Error("the rule runner has already finished");
      finished = true;
      findings = [];
      for (const instance of instances) instance.finish?.(report);
      return findings.sort(compareFindings);
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
