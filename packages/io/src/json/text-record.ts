import type { SourceLocation } from "@mra-circulair/report";
import { parsePointer } from "@mra-circulair/report";
import { positionAfter } from "../stream/position.ts";
import type { SourceRecord } from "../stream/record.ts";
import { type PathToken, scanJson } from "./scanner.ts";

const matches = (step: PathToken | undefined, token: string | undefined) =>
  step !== undefined && token !== undefined && String(step) === token;

/**
 * The offset of the value at `target` in the JSON value of `text[from, to)` (of its key, when it is an object
 * member), or of its deepest ancestor that exists. With duplicate keys the last one counts, as JSON.parse
 * keeps the last value; that needs the whole scan, so only then is there no early stop.
 */
export function locateOffset(
  text: string,
  from: number,
  to: number,
  target: readonly string[],
  lastDuplicateWins = false,
): number {
  let found = 0;
  let offset = from;
  scanJson(text, from, to, {
    value(start, keyOffset, path) {
      const depth = path.length;
      if (depth === 0) {
        offset = start;
        return target.length === 0;
      }
      if (lastDuplicateWins) {
        // a later occurrence of a matching key starts over from there, as JSON.parse keeps the later value
        if (depth <= target.length) {
          for (let i = 0; i < depth; i++) if (!matches(path[i], target[i])) return false;
          found = depth;
          offset = keyOffset === -1 ? start : keyOffset;
        }
        return false;
      }
      // values after the deepest match, outside of it: the rest of the target is not there
      if (depth <= found) return true;
      if (depth === found + 1 && matches(path[found], target[found])) {
        found = depth;
        offset = keyOffset === -1 ? start : keyOffset;
        return found === target.length;
      }
      return false;
    },
  });
  return offset;
}

/** The location of `offset` in `text`, given the location of an earlier offset `from`; reads only in between. */
export function locationIn(text: string, from: number, start: SourceLocation, offset: number): SourceLocation {
  const { line, column } = positionAfter(text, from, { line: start.line ?? 1, column: start.column ?? 1 }, offset);
  return { file: start.file, line, column };
}

/** A record read from JSON text; `locate` scans the text only when asked. */
export class TextRecord implements SourceRecord {
  readonly entity: string;
  readonly value: unknown;
  readonly location: SourceLocation;
  readonly pointerBase: string;
  readonly #text: string;
  readonly #from: number;
  readonly #to: number;
  readonly #prefix: readonly string[];
  readonly #duplicates: boolean;

  /**
   * A record whose JSON is `text[from, to)`, `from` being at `location`. `prefix` leads from that span's root to the
   * value (["record"] in an NDJSON line); `duplicates` says the span has duplicate keys, so that `locate` finds
   * the last one. (Positional, as one is made for every record.)
   */
  constructor(
    entity: string,
    value: unknown,
    location: SourceLocation,
    pointerBase: string,
    text: string,
    from: number,
    to: number,
    prefix: readonly string[],
    duplicates: boolean,
  ) {
    this.entity = entity;
    this.value = value;
    this.location = location;
    this.pointerBase = pointerBase;
    this.#text = text;
    this.#from = from;
    this.#to = to;
    this.#prefix = prefix;
    this.#duplicates = duplicates;
  }

  locate(pointer: string): SourceLocation {
    const tokens = parsePointer(pointer);
    if (tokens === undefined) return this.location;
    const target = this.#prefix.length === 0 ? tokens : [...this.#prefix, ...tokens];
    const offset = locateOffset(this.#text, this.#from, this.#to, target, this.#duplicates);
    return locationIn(this.#text, this.#from, this.location, offset);
  }
}
