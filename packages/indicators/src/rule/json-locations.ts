// where each value of a JSON text starts, by JSON Pointer, so rule errors can name a line and column

/** A place in a text: line and column, both counted from 1. */
export interface TextLocation {
  readonly line: number;
  readonly column: number;
}

/** The outcome of scanning a JSON text: the start of every value, or where the syntax first breaks. */
export type Scan =
  | { readonly ok: true; readonly locations: ReadonlyMap<string, TextLocation> }
  | { readonly ok: false; readonly at: TextLocation };

function escapePointer(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

class SyntaxBreak {
  constructor(readonly offset: number) {}
}

/** Scans a JSON text (RFC 8259, a leading byte-order mark allowed). */
export function scanJson(text: string): Scan {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const locate = (offset: number): TextLocation => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
  const locations = new Map<string, TextLocation>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const skipSpace = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const expect = (char: string) => {
    if (text.charAt(i) !== char) throw new SyntaxBreak(i);
    i++;
  };
  const string = (): string => {
    const start = i;
    expect('"');
    while (i < text.length && text.charAt(i) !== '"') {
      if (text.charCodeAt(i) < 0x20) throw new SyntaxBreak(i);
      i += text.charAt(i) === "\\" ? 2 : 1;
    }
    expect('"');
    try {
      return JSON.parse(text.slice(start, i)) as string;
    } catch {
      throw new SyntaxBreak(start);
    }
  };
  const value = (pointer: string): void => {
    skipSpace();
    locations.set(pointer, locate(i));
    const char = text.charAt(i);
    if (char === "{") {
      i++;
      skipSpace();
      if (text.charAt(i) === "}") {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        const key = string();
        skipSpace();
        expect(":");
        value(`${pointer}/${escapePointer(key)}`);
        skipSpace();
        if (text.charAt(i) !== ",") break;
        i++;
      }
      expect("}");
      return;
    }
    if (char === "[") {
      i++;
      skipSpace();
      if (text.charAt(i) === "]") {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        value(`${pointer}/${index}`);
        skipSpace();
        if (text.charAt(i) !== ",") break;
        i++;
      }
      expect("]");
      return;
    }
    if (char === '"') {
      string();
      return;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)/.exec(
      text.slice(i, i + 400),
    );
    if (!literal) throw new SyntaxBreak(i);
    i += literal[0].length;
  };

  try {
    value("");
    skipSpace();
    if (i < text.length) throw new SyntaxBreak(i);
    return { ok: true, locations };
  } catch (error) {
    if (error instanceof SyntaxBreak) return { ok: false, at: locate(Math.min(error.offset, text.length)) };
    throw error;
  }
}
