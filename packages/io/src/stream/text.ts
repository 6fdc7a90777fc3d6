import { codePoints, countNewlines } from "./position.ts";
import type { ByteSource } from "./record.ts";
import { createUtf8Decoder, findUtf8Error, hexBytes, incompleteTailLength } from "./utf8.ts";

/** A whole document as text, or why there is none. */
export type TextResult =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "too-large"; readonly limit: number }
  | { readonly kind: "not-utf8"; readonly line: number; readonly column: number; readonly bytes: string };

const EMPTY = new Uint8Array(0);

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * Where the first invalid byte is, given the text decoded before it, the last bytes read before the chunk
 * that failed (a sequence the chunk completes may start there) and that chunk. Runs once, on failure.
 */
function notUtf8(parts: readonly string[], tail: Uint8Array, chunk: Uint8Array): TextResult {
  const held = incompleteTailLength(tail);
  const bytes = concat(tail.subarray(tail.length - held), chunk);
  const found = findUtf8Error(bytes);
  const at = found === -1 ? 0 : found;
  const before = [...parts, createUtf8Decoder().decode(bytes.subarray(0, at))];
  let line = 1;
  let column = 1;
  let columnFound = false;
  // the column runs back to the last line break; the line counts them all
  for (let p = before.length - 1; p >= 0; p--) {
    const part = before[p] ?? "";
    const newline = part.lastIndexOf("\n");
    if (!columnFound) {
      column += codePoints(part, newline + 1, part.length);
      columnFound = newline !== -1;
    }
    line += countNewlines(part, 0, part.length);
  }
  // a byte order mark at the very start is not a column
  if (line === 1 && before.find((part) => part !== "")?.charCodeAt(0) === 0xfeff) column--;
  return { kind: "not-utf8", line, column, bytes: hexBytes(bytes, at) };
}

/**
 * Reads a whole document as UTF-8 text, decoding chunk by chunk so that the bytes are not kept beside the
 * text. A byte order mark at the start is dropped. Stops reading as soon as the document passes `maxBytes`,
 * and on the first byte that is not UTF-8.
 */
export async function readText(source: ByteSource, maxBytes: number): Promise<TextResult> {
  const decoder = createUtf8Decoder();
  const parts: string[] = [];
  let total = 0;
  // the last bytes read, where an unfinished multi-byte sequence may wait for the next chunk
  let tail: Uint8Array = EMPTY;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) return { kind: "too-large", limit: maxBytes };
    try {
      parts.push(decoder.decode(chunk, { stream: true }));
    } catch {
      return notUtf8(parts, tail, chunk);
    }
    tail = chunk.length >= 3 ? chunk.subarray(chunk.length - 3) : concat(tail, chunk).subarray(-3);
  }
  try {
    parts.push(decoder.decode());
  } catch {
    return notUtf8(parts, tail, EMPTY);
  }
  let text: string;
  try {
    text = parts.join("");
  } catch {
    // longer than the engine's longest string: the limit was set above what it can hold
    return { kind: "too-large", limit: maxBytes };
  }
  return { kind: "text", text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
