import { type EntityInfo, entityNamed, META_ENTITY, recordEntities } from "@mra-circulair/io";
import { readingRank } from "@mra-circulair/rules";
import type { LineWriter } from "./sink.ts";

/** A record to write: its entity and its value. */
export interface OutputRecord {
  readonly entity: string;
  readonly value: unknown;
}

/** The "type" of an NDJSON line for an entity: "meta", or the entity in kebab-case ("purchase-package"). */
export function lineTypeOf(entity: string): string {
  if (entity === META_ENTITY) return "meta";
  return entity.replace(/[A-Z]/g, (letter, at: number) => (at === 0 ? "" : "-") + letter.toLowerCase());
}

/** Writes one NDJSON line, a DatasetRecord {"type": ..., "record": ...}. */
export async function writeNdjsonLine(out: LineWriter, record: OutputRecord): Promise<void> {
  await out.write(`${JSON.stringify({ type: lineTypeOf(record.entity), record: record.value })}\n`);
}

/** A value as pretty JSON, indented to sit `depth` levels deep. */
const pretty = (value: unknown, depth: number) =>
  // JSON.stringify escapes line breaks inside strings, so every "\n" is between tokens
  JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);

/** Records of a dataset grouped by entity, in the order they came. */
export class DatasetLists {
  readonly #lists = new Map<string, unknown[]>();

  add(record: OutputRecord): void {
    if (entityNamed(record.entity)?.datasetKey === undefined) {
      throw new RangeError(`${record.entity} has no list in a dataset`);
    }
    let list = this.#lists.get(record.entity);
    if (list === undefined) {
      list = [];
      this.#lists.set(record.entity, list);
    }
    // the metadata is one record: the last one read wins, as in a dataset document
    if (record.entity === META_ENTITY) list.length = 0;
    list.push(record.value);
  }

  /** The records of each entity read, the metadata first, then in the order of the dataset schema. */
  byEntity(): [entity: EntityInfo, records: unknown[]][] {
    return recordEntities().flatMap((info): [EntityInfo, unknown[]][] => {
      const list = this.#lists.get(info.entity);
      return list === undefined ? [] : [[info, list]];
    });
  }

  /** The records of each entity read, in the rules' reading order: each entity after those its records name. */
  inReadingOrder(): [entity: EntityInfo, records: unknown[]][] {
    return this.byEntity().sort(([a], [b]) => readingRank(a.entity) - readingRank(b.entity));
  }

  /** The members of a dataset document: "meta" with its record, each list under its key. */
  entries(): [key: string, value: unknown][] {
    return this.byEntity().map(([info, list]) => [
      info.datasetKey ?? info.entity,
      info.entity === META_ENTITY ? list[0] : list,
    ]);
  }
}

/**
 * Writes a dataset document, pretty-printed, one record at a time (JSON.stringify per record), so the text of
 * the whole document is never built in memory.
 */
export async function writeJsonDataset(out: LineWriter, entries: readonly [string, unknown][]): Promise<void> {
  await out.write("{");
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index === entries.length - 1 ? "" : ",";
    if (!Array.isArray(value)) {
      await out.write(`\n  ${JSON.stringify(key)}: ${pretty(value, 1)}${comma}`);
      continue;
    }
    if (value.length === 0) {
      await out.write(`\n  ${JSON.stringify(key)}: []${comma}`);
      continue;
    }
    await out.write(`\n  ${JSON.stringify(key)}: [`);
    for (const [at, record] of value.entries()) {
      await out.write(`\n    ${pretty(record, 2)}${at === value.length - 1 ? "" : ","}`);
    }
    await out.write(`\n  ]${comma}`);
  }
  await out.write(entries.length === 0 ? "}\n" : "\n}\n");
}
