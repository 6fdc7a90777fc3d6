/** A line and a column, both 1-based; the column counts characters (code points), not UTF-16 units. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** The number of code points in `text[start, end)`. */
export function codePoints(text: string, start: number, end: number): number {
  let count = end - start;
  for (let i = start; i < end - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

// searches run on a slice, which V8 makes without copying, so that none goes past `end` (or before `start`):
// in a one-line document of 500 MB an unbounded search would read to its end every time

/** How many "\n" are in `text[start, end)`. */
export function countNewlines(text: string, start: number, end: number): number {
  const part = text.slice(start, end);
  let count = 0;
  for (let at = part.indexOf("\n"); at !== -1; at = part.indexOf("\n", at + 1)) count++;
  return count;
}

/** The offset of the last "\n" in `text[start, end)`, or -1. */
function lastNewline(text: string, start: number, end: number): number {
  const at = text.slice(start, end).lastIndexOf("\n");
  return at === -1 ? -1 : start + at;
}

/** The position of `offset` in `text`, given the position of an earlier offset `from`; reads only in between. */
export function positionAfter(text: string, from: number, start: Position, offset: number): Position {
  const newline = lastNewline(text, from, offset);
  if (newline === -1) return { line: start.line, column: start.column + codePoints(text, from, offset) };
  return { line: start.line + countNewlines(text, from, offset), column: codePoints(text, newline + 1, offset) + 1 };
}

/**
 * Positions of offsets in one text, found going forward from the last one asked, so that the positions of all
 * records of a document in order cost one pass over it.
 */
export class PositionCounter {
  readonly #text: string;
  #offset = 0;
  #position: Position = { line: 1, column: 1 };

  constructor(text: string) {
    this.#text = text;
  }

  /** The position of `offset`; cheapest when offsets only grow. */
  at(offset: number): Position {
    if (offset < this.#offset) {
      this.#offset = 0;
      this.#position = { line: 1, column: 1 };
    }
    this.#position = positionAfter(this.#text, this.#offset, this.#position, offset);
    this.#offset = offset;
    return this.#position;
  }
}
