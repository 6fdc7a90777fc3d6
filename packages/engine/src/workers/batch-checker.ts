import { readNdjsonLineBatch } from "@mra-circulair/io";
import type { Finding } from "@mra-circulair/report";
import { createRecordRuleRunner, type RecordRuleRunner } from "@mra-circulair/rules";
import { defined } from "../defined.ts";
import { schemaCheck } from "../schema-check.ts";
import { FactWriter } from "./facts-codec.ts";
import type { BatchToCheck, CheckedBatch, CheckerSetup, RecordFindings } from "./protocol.ts";

/** Checks batches of NDJSON lines on a thread of its own: reads each line, checks it against its schema and its own rules. */
export class BatchChecker {
  readonly #setup: CheckerSetup;
  readonly #rules: RecordRuleRunner | undefined;
  readonly #entities = new Map<string, number>();

  constructor(setup: CheckerSetup) {
    this.#setup = setup;
    const { rules } = setup;
    this.#rules =
      rules === false
        ? undefined
        : createRecordRuleRunner({
            ...(rules.codes === undefined ? {} : { rules: rules.codes }),
            ...(rules.reference === undefined ? {} : { reference: rules.reference }),
          });
  }

  #entity(name: string): number {
    let number = this.#entities.get(name);
    if (number === undefined) {
      number = this.#entities.size;
      this.#entities.set(name, number);
    }
    return number;
  }

  check(batch: BatchToCheck): CheckedBatch {
    const { file, maxDepth, maxLineBytes } = this.#setup;
    const rules = this.#rules;
    const records: number[] = [];
    const read: { at: number; finding: Finding }[] = [];
    const checks: RecordFindings[] = [];
    const facts = new FactWriter();
    let at = 0;
    const options = { file, ...defined({ maxDepth, maxLineBytes }) };
    readNdjsonLineBatch(batch, options, (item, start, end, duplicates) => {
      if (item.kind === "finding") {
        read.push({ at, finding: item.finding });
        return;
      }
      const { record } = item;
      const schema = schemaCheck(record);
      const checked = rules?.check(record);
      if (rules?.usesIndex === true) {
        rules.writeFacts(record, facts);
        facts.end();
      }
      records.push(this.#entity(record.entity), record.location.line ?? 0, start, end, duplicates ? 1 : 0);
      const found = checked?.findings ?? [];
      const withValue = checked !== undefined && Object.hasOwn(checked, "value");
      if (schema.length > 0 || found.length > 0 || withValue) {
        const ranks = checked?.ranks ?? [];
        checks.push({ at, schema, rules: found, ranks, ...(withValue ? { value: checked.value } : {}) });
      }
      at++;
    });
    return {
      kind: "checked",
      index: batch.index,
      bytes: batch.bytes,
      entities: [...this.#entities.keys()],
      records: Int32Array.from(records),
      read,
      checks,
      ...facts.lists(),
    };
  }
}
