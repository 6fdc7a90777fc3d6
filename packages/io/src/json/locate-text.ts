import { parsePointer } from "@mra-circulair/report";
import { type Position, positionAfter } from "../stream/position.ts";
import { scanJson, scanString, skipSpace } from "./scanner.ts";
import { locateOffset } from "./text-record.ts";

/** Where things are in a whole JSON text: how to find a pointer in it, or where it stops being JSON. */
export type JsonTextLocator =
  | {
      readonly ok: true;
      /**
       * Where the value at `pointer` (RFC 6901: "", "/conditions/0") starts, or that of its deepest ancestor that
       * exists; undefined when `pointer` is no JSON Pointer. With duplicate keys the last one counts, as in JSON.parse.
       */
      readonly locate: (pointer: string) => Position | undefined;
    }
  | { readonly ok: false; readonly problem: Position };

/**
 * Scans a whole JSON text (a leading byte-order mark allowed) once for its first syntax problem; when there is
 * none, each pointer is located with a scan of its own. Lines and columns count from 1 as in the CLI's
 * locations: columns in characters (code points), the byte-order mark not counted. Meant for small texts.
 */
export function locateJsonText(text: string): JsonTextLocator {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const to = text.length;
  const positionOf = (offset: number) => positionAfter(text, from, { line: 1, column: 1 }, offset);
  let duplicates = false;
  const { problem } = scanJson(text, from, to, {
    duplicate() {
      duplicates = true;
    },
  });
  if (problem) return { ok: false, problem: positionOf(problem.offset) };
  return {
    ok: true,
    locate(pointer) {
      const tokens = parsePointer(pointer);
      if (tokens === undefined) return undefined;
      let offset = locateOffset(text, from, to, tokens, duplicates);
      // locateOffset gives an object member at its key; its value starts after the colon
      if (text.charCodeAt(offset) === 0x22) {
        const end = scanString(text, offset, to);
        const colon = typeof end === "number" ? skipSpace(text, end, to) : to;
        if (text.charCodeAt(colon) === 0x3a) offset = skipSpace(text, colon + 1, to);
      }
      return positionOf(offset);
    },
  };
}
