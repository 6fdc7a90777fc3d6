import type { Finding, SourceLocation } from "@mra-circulair/report";
import { formatPointer } from "@mra-circulair/report";
import { datasetMembers } from "@mra-circulair/schema";
import {
  datasetNotArray,
  datasetNotObject,
  datasetUnknownKey,
  duplicateKey,
  fileTooLarge,
  metaMissing,
  notUtf8,
} from "../json-codes.ts";
import { itemsOf } from "../stream/items.ts";
import { PositionCounter } from "../stream/position.ts";
import type { ByteSource, ReadItem } from "../stream/record.ts";
import { readText } from "../stream/text.ts";
import { hazardFinding, quoted, syntaxFinding, type TextPlace } from "./findings.ts";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_DOCUMENT_BYTES } from "./limits.ts";
import { parseText } from "./parse-text.ts";
import { decodeString, findSyntaxProblem, type SyntaxProblem, scanString, skipSpace } from "./scanner.ts";
import { locationIn, TextRecord } from "./text-record.ts";

/** How to read a JSON document. */
export interface JsonReadOptions {
  /** The file name as the user gave it, for locations. */
  readonly file: string;
  /** Read the document as one record of this entity ("Procurement") instead of as a dataset. */
  readonly entity?: string;
  /** The deepest nesting of containers in a record; a deeper one is skipped with nesting-too-deep. 64. */
  readonly maxDepth?: number;
  /** The largest document in bytes; a larger one is not read, with file-too-large. 512 MiB. */
  readonly maxBytes?: number;
}

const NO_PREFIX: readonly string[] = [];
const BATCH = 256;

/** The end of the string token at `start` (a quote), found by searching for the closing quote. */
function skipString(text: string, start: number): number {
  for (let at = text.indexOf('"', start + 1); at !== -1; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at + 1;
  }
  return -1;
}

/**
 * The end of the value at `start`, found by matching brackets outside strings, or -1 when the text ends
 * first. Only finds the span: JSON.parse of the span checks it.
 */
function skipValue(text: string, start: number): number {
  const first = text.charCodeAt(start);
  if (first === 0x22) return skipString(text, start);
  if (first !== 0x7b && first !== 0x5b) {
    let i = start;
    for (; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (
        unit === 0x2c ||
        unit === 0x7d ||
        unit === 0x5d ||
        unit === 0x20 ||
        unit === 0x0a ||
        unit === 0x0d ||
        unit === 0x09
      ) {
        break;
      }
    }
    return i > start ? i : -1;
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x22) {
      const end = skipString(text, i);
      if (end === -1) return -1;
      i = end - 1;
    } else if (unit === 0x7b || unit === 0x5b) depth++;
    else if (unit === 0x7d || unit === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Reads a dataset or an entity document from its text, yielding items in document order. */
class DocumentReader {
  readonly #text: string;
  readonly #file: string;
  readonly #maxDepth: number;
  readonly #positions: PositionCounter;
  /** Set when the text turned out not to be JSON: where the reader noticed. */
  broken = -1;

  constructor(text: string, file: string, maxDepth: number) {
    this.#text = text;
    this.#file = file;
    this.#maxDepth = maxDepth;
    this.#positions = new PositionCounter(text);
  }

  #locationAt(offset: number): SourceLocation {
    return { file: this.#file, ...this.#positions.at(offset) };
  }

  #finding(finding: Finding): ReadItem {
    return { kind: "finding", finding };
  }

  /**
   * The items of the record whose JSON is `text[from, to)`: its hazards, and the record unless it is nested too
   * deep. Sets `broken` when the span is not JSON.
   */
  *record(entity: string, pointerBase: string, from: number, to: number): Generator<ReadItem> {
    const text = this.#text;
    const whole = from === 0 && to === text.length;
    const parsed = parseText(whole ? text : text.slice(from, to), this.#maxDepth);
    if (parsed.problem) {
      this.#fail(from);
      return;
    }
    const start = whole ? skipSpace(text, 0, to) : from;
    const location = this.#locationAt(start);
    if (parsed.hazards.length > 0) {
      const place: TextPlace = {
        locationAt: (offset) => locationIn(text, start, location, from + offset),
        pointerOf: (path) => pointerBase + formatPointer(path),
        entity,
      };
      for (const hazard of parsed.hazards) yield this.#finding(hazardFinding(hazard, place, this.#maxDepth));
    }
    if (parsed.value === undefined) return;
    const duplicates = parsed.hazards.some((hazard) => hazard.kind === "duplicate-key");
    const record = new TextRecord(entity, parsed.value, location, pointerBase, text, start, to, NO_PREFIX, duplicates);
    yield { kind: "record", record };
  }

  /** Notes that the text is not JSON from about `offset` on; returns -1 for the caller to return. */
  #fail(offset: number): number {
    if (this.broken === -1) this.broken = offset;
    return -1;
  }

  /** The items of a dataset document: meta, then the records of each member array, in document order. */
  *dataset(): Generator<ReadItem> {
    const text = this.#text;
    const start = skipSpace(text, 0, text.length);
    if (text.charCodeAt(start) !== 0x7b) {
      // not an object: not JSON at all, or JSON of another kind
      if (start >= text.length || findSyntaxProblem(text) !== undefined) this.#fail(start);
      else {
        const site = { pointer: "", location: this.#locationAt(start), excerpt: text.slice(start, start + 60) };
        yield this.#finding(datasetNotObject.finding(site));
      }
      return;
    }
    const seen = new Set<string>();
    const end = yield* this.#members(start, seen);
    if (end === -1) return;
    if (skipSpace(text, end, text.length) < text.length) this.#fail(end);
    else if (!seen.has("meta")) {
      yield this.#finding(metaMissing.finding({ pointer: "", location: this.#locationAt(start) }));
    }
  }

  /** The members of the dataset object at `start`; returns the offset after it, or -1 when it is not JSON. */
  *#members(start: number, seen: Set<string>): Generator<ReadItem, number> {
    const text = this.#text;
    const end = text.length;
    let i = skipSpace(text, start + 1, end);
    if (text.charCodeAt(i) === 0x7d) return i + 1;
    for (;;) {
      if (text.charCodeAt(i) !== 0x22) return this.#fail(i);
      const keyEnd = scanString(text, i, end);
      if (typeof keyEnd !== "number") return this.#fail(i);
      const key = decodeString(text, i, keyEnd);
      const site = { pointer: formatPointer([key]), location: this.#locationAt(i) };
      i = skipSpace(text, keyEnd, end);
      if (text.charCodeAt(i) !== 0x3a) return this.#fail(i);
      i = skipSpace(text, i + 1, end);
      if (seen.has(key)) yield this.#finding(duplicateKey.finding(site, { key: quoted(key) }));
      seen.add(key);
      const valueEnd = yield* this.#member(key, site, i);
      if (valueEnd === -1) return -1;
      i = skipSpace(text, valueEnd, end);
      const unit = text.charCodeAt(i);
      if (unit === 0x7d) return i + 1;
      if (unit !== 0x2c) return this.#fail(i);
      i = skipSpace(text, i + 1, end);
    }
  }

  /** The items of the member `key` whose value starts at `start`; returns the offset after it, or -1. */
  *#member(
    key: string,
    site: { pointer: string; location: SourceLocation },
    start: number,
  ): Generator<ReadItem, number> {
    const text = this.#text;
    const entity = datasetMembers.get(key);
    if (entity !== undefined && key !== "meta" && text.charCodeAt(start) === 0x5b) {
      return yield* this.#array(entity, site.pointer, start);
    }
    const end = skipValue(text, start);
    if (end === -1) return this.#fail(start);
    if (entity !== undefined && key === "meta") {
      yield* this.record(entity, site.pointer, start, end);
      return this.broken === -1 ? end : -1;
    }
    // a member that gives no records must still be JSON, and is held to the nesting limit of a record
    const parsed = parseText(text.slice(start, end), this.#maxDepth);
    if (parsed.problem) return this.#fail(start);
    if (entity === undefined) yield this.#finding(datasetUnknownKey.finding(site, { key: quoted(key) }));
    else {
      const excerpt = text.slice(start, Math.min(end, start + 60));
      yield this.#finding(datasetNotArray.finding({ ...site, excerpt }, { key: quoted(key) }));
    }
    const tooDeep = parsed.hazards[0];
    if (tooDeep?.kind === "nesting-too-deep") {
      const place: TextPlace = {
        locationAt: (offset) => locationIn(text, start, this.#locationAt(start), start + offset),
        pointerOf: (path) => site.pointer + formatPointer(path),
        entity: undefined,
      };
      yield this.#finding(hazardFinding(tooDeep, place, this.#maxDepth));
    }
    return end;
  }

  /** The records of the member array at `start`; returns the offset after it, or -1 when it is not JSON. */
  *#array(entity: string, pointer: string, start: number): Generator<ReadItem, number> {
    const text = this.#text;
    const end = text.length;
    let i = skipSpace(text, start + 1, end);
    if (text.charCodeAt(i) === 0x5d) return i + 1;
    for (let index = 0; ; index++) {
      const elementEnd = skipValue(text, i);
      if (elementEnd === -1) return this.#fail(i);
      yield* this.record(entity, `${pointer}/${index}`, i, elementEnd);
      if (this.broken !== -1) return -1;
      i = skipSpace(text, elementEnd, end);
      const unit = text.charCodeAt(i);
      if (unit === 0x5d) return i + 1;
      if (unit !== 0x2c) return this.#fail(i);
      i = skipSpace(text, i + 1, end);
    }
  }

  /** The finding for a document that is not JSON: the first problem in it, found by the exact scan. */
  syntaxFinding(): ReadItem {
    const text = this.#text;
    // the exact scan and the quick structure reading agree; should they not, the place where reading stopped is shown
    const problem: SyntaxProblem = findSyntaxProblem(text) ?? { reason: "unexpected-character", offset: this.broken };
    const place: TextPlace = {
      locationAt: (offset) => locationIn(text, 0, { file: this.#file, line: 1, column: 1 }, offset),
      pointerOf: (path) => formatPointer(path),
      entity: undefined,
    };
    return this.#finding(syntaxFinding(text, problem, place));
  }
}

/**
 * Reads a JSON document as {@link readJson} does, handing over items in batches (of up to 256), for a consumer
 * that loops over each batch itself, as readNdjsonBatches does for NDJSON.
 */
export async function* readJsonBatches(
  bytes: ByteSource,
  options: JsonReadOptions,
): AsyncGenerator<readonly ReadItem[], void, undefined> {
  const { file } = options;
  const read = await readText(bytes, options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES);
  if (read.kind === "too-large") {
    yield [
      { kind: "finding", finding: fileTooLarge.finding({ pointer: "", location: { file } }, { limit: read.limit }) },
    ];
    return;
  }
  if (read.kind === "not-utf8") {
    const location = { file, line: read.line, column: read.column };
    const finding = notUtf8.finding({ pointer: "", location }, { reason: "invalid-bytes", bytes: read.bytes });
    yield [{ kind: "finding", finding }];
    return;
  }
  const reader = new DocumentReader(read.text, file, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const items =
    options.entity === undefined ? reader.dataset() : reader.record(options.entity, "", 0, read.text.length);
  let batch: ReadItem[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length >= BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (reader.broken !== -1) batch.push(reader.syntaxFinding());
  if (batch.length > 0) yield batch;
}

/**
 * Reads one JSON document: a Dataset with "meta" and an array per entity, or, when `entity` is given, a single
 * record of that entity. A dataset's records come one by one (meta, then each array element with its entity
 * and its line) so that they are validated as NDJSON lines are. Records are parsed one at a time from the
 * text, so the whole parsed dataset is never held. Hazards give the same findings as in NDJSON; a syntax
 * error gives json-syntax at its line and column and ends the document. Never throws on data.
 */
export function readJson(bytes: ByteSource, options: JsonReadOptions): AsyncIterable<ReadItem> {
  return itemsOf(readJsonBatches(bytes, options));
}
