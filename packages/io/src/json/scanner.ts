/** One step of a path into a JSON value: an object key or an array index. */
export type PathToken = string | number;

/** Why a text is not JSON at some offset. */
export type SyntaxReason =
  | "unexpected-character"
  | "unexpected-end"
  | "control-character"
  | "bad-escape"
  | "bad-number"
  | "trailing-data";

/** The first place where a text stops being JSON. */
export interface SyntaxProblem {
  readonly reason: SyntaxReason;
  /** UTF-16 offset in the scanned text; the end of the scanned span for "unexpected-end". */
  readonly offset: number;
  /** Where in the value the scan was: the keys and indices leading there, when the scan knows them. */
  readonly path?: readonly PathToken[];
}

/**
 * What a scan reports. `path` leads from the scanned value to the current place; it is shared and changes as
 * the scan goes on, so a visitor copies it to keep it.
 */
export interface ScanVisitor {
  /**
   * A value starts at `offset`; `keyOffset` is where its key starts when it is an object member, else -1. A
   * container's depth is `path.length + 1`. Returning true stops the scan.
   */
  value?(offset: number, keyOffset: number, path: readonly PathToken[]): boolean | undefined;
  /** A key its object already had; `path` ends with the key. When given, every object tracks its keys. */
  duplicate?(key: string, offset: number, path: readonly PathToken[]): void;
  /** A number token in `text[start, end)`. */
  number?(start: number, end: number, path: readonly PathToken[]): void;
  /** A string token in `text[start, end)`, quotes included; for a key, `path` ends with the key. */
  string?(start: number, end: number, path: readonly PathToken[]): void;
}

/** How a scan ended: at the end of the value, at a syntax problem, or because the visitor stopped it. */
export interface ScanResult {
  readonly problem?: SyntaxProblem;
  readonly stopped: boolean;
}

const OBJECT = 0;
const ARRAY = 1;
const VALUE = 0;
const KEY = 1;
const AFTER = 2;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;
const isHex = (unit: number) =>
  (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x46) || (unit >= 0x61 && unit <= 0x66);
// the one-letter escapes: " \ / b f n r t
const isEscape = (unit: number) =>
  unit === QUOTE ||
  unit === BACKSLASH ||
  unit === 0x2f ||
  unit === 0x62 ||
  unit === 0x66 ||
  unit === 0x6e ||
  unit === 0x72 ||
  unit === 0x74;

/** The offset of the first character from `at` that is not JSON whitespace (space, tab, "\n", "\r"). */
export function skipSpace(text: string, at: number, to: number): number {
  let i = at;
  while (i < to) {
    const unit = text.charCodeAt(i);
    if (unit !== 0x20 && unit !== 0x0a && unit !== 0x0d && unit !== 0x09) break;
    i++;
  }
  return i;
}

const problem = (reason: SyntaxReason, offset: number, to: number): SyntaxProblem =>
  offset >= to ? { reason: "unexpected-end", offset: to } : { reason, offset };

/** The end of the string token that starts with the quote at `start`, or its problem. */
export function scanString(text: string, start: number, to: number): number | SyntaxProblem {
  let i = start + 1;
  while (i < to) {
    const unit = text.charCodeAt(i);
    if (unit === QUOTE) return i + 1;
    if (unit < 0x20) return problem("control-character", i, to);
    if (unit === BACKSLASH) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x75) {
        for (let k = 2; k < 6; k++)
          if (!isHex(text.charCodeAt(i + k)) || i + k >= to) return problem("bad-escape", i + k, to);
        i += 6;
      } else if (isEscape(next) && i + 1 < to) i += 2;
      else return problem("bad-escape", i + 1, to);
    } else i++;
  }
  return problem("unexpected-end", to, to);
}

function scanDigits(text: string, at: number, to: number): number {
  let i = at;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the number token at `start`, or its problem. */
function scanNumber(text: string, start: number, to: number): number | SyntaxProblem {
  let i = start;
  if (text.charCodeAt(i) === MINUS) i++;
  if (i < to && text.charCodeAt(i) === 0x30) i++;
  else if (i < to && isDigit(text.charCodeAt(i))) i = scanDigits(text, i, to);
  else return problem("bad-number", i, to);
  if (i < to && text.charCodeAt(i) === 0x2e) {
    if (!(i + 1 < to && isDigit(text.charCodeAt(i + 1)))) return problem("bad-number", i + 1, to);
    i = scanDigits(text, i + 1, to);
  }
  const exponent = text.charCodeAt(i);
  if (i < to && (exponent === 0x65 || exponent === 0x45)) {
    i++;
    const sign = text.charCodeAt(i);
    if (i < to && (sign === 0x2b || sign === MINUS)) i++;
    if (!(i < to && isDigit(text.charCodeAt(i)))) return problem("bad-number", i, to);
    i = scanDigits(text, i, to);
  }
  return i;
}

const LITERALS = ["true", "false", "null"];

/** The end of the literal (true, false, null) at `start`, or its problem. */
function scanLiteral(text: string, start: number, to: number): number | SyntaxProblem {
  const first = text[start];
  const literal = LITERALS.find((word) => word[0] === first);
  if (literal === undefined) return problem("unexpected-character", start, to);
  for (let k = 1; k < literal.length; k++) {
    if (start + k >= to || text[start + k] !== literal[k]) return problem("unexpected-character", start + k, to);
  }
  return start + literal.length;
}

/** The text of the key token `text[start, end)`, escapes decoded. */
export function decodeString(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.indexOf("\\") === -1 ? raw : (JSON.parse(text.slice(start, end)) as string);
}

/**
 * Reads the JSON value in `text[from, to)` token by token, exactly as RFC 8259 defines it, telling `visitor`
 * what it meets. Iterative, so no depth of nesting can overflow the stack. Slow next to JSON.parse: it runs
 * only when something must be located.
 */
export function scanJson(text: string, from: number, to: number, visitor: ScanVisitor = {}): ScanResult {
  const containers: number[] = [];
  const keys: (Set<string> | undefined)[] = [];
  const path: PathToken[] = [];
  const tracksKeys = visitor.duplicate !== undefined;
  let state = VALUE;
  let keyOffset = -1;
  let i = from;
  const failWith = (found: SyntaxProblem): ScanResult => ({ problem: { ...found, path: [...path] }, stopped: false });
  const fail = (reason: SyntaxReason, offset: number): ScanResult => failWith(problem(reason, offset, to));

  for (;;) {
    if (state === KEY) {
      i = skipSpace(text, i, to);
      if (i >= to || text.charCodeAt(i) !== QUOTE) return fail("unexpected-character", i);
      const end = scanString(text, i, to);
      if (typeof end !== "number") return failWith(end);
      const key = decodeString(text, i, end);
      path.push(key);
      if (tracksKeys) {
        const top = keys.length - 1;
        let seen = keys[top];
        if (seen === undefined) {
          seen = new Set();
          keys[top] = seen;
        }
        if (seen.has(key)) visitor.duplicate?.(key, i, path);
        else seen.add(key);
      }
      visitor.string?.(i, end, path);
      keyOffset = i;
      i = skipSpace(text, end, to);
      if (i >= to || text.charCodeAt(i) !== COLON) return fail("unexpected-character", i);
      i++;
      state = VALUE;
      continue;
    }

    if (state === VALUE) {
      i = skipSpace(text, i, to);
      if (i >= to) return fail("unexpected-end", i);
      if (visitor.value?.(i, keyOffset, path)) return { stopped: true };
      const unit = text.charCodeAt(i);
      keyOffset = -1;
      if (unit === OPEN_BRACE || unit === OPEN_BRACKET) {
        const close = unit === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
        i = skipSpace(text, i + 1, to);
        if (i < to && text.charCodeAt(i) === close) {
          i++;
          state = AFTER;
        } else if (unit === OPEN_BRACE) {
          containers.push(OBJECT);
          keys.push(undefined);
          state = KEY;
        } else {
          containers.push(ARRAY);
          keys.push(undefined);
          path.push(0);
        }
        continue;
      }
      let end: number | SyntaxProblem;
      if (unit === QUOTE) {
        end = scanString(text, i, to);
        if (typeof end === "number") visitor.string?.(i, end, path);
      } else if (unit === MINUS || isDigit(unit)) {
        end = scanNumber(text, i, to);
        if (typeof end === "number") visitor.number?.(i, end, path);
      } else end = scanLiteral(text, i, to);
      if (typeof end !== "number") return failWith(end);
      i = end;
      state = AFTER;
      continue;
    }

    // AFTER: a value ended; close what it ends, or go on to the next item
    const top = containers.length - 1;
    i = skipSpace(text, i, to);
    if (top < 0) return i < to ? fail("trailing-data", i) : { stopped: false };
    if (i >= to) return fail("unexpected-end", i);
    const unit = text.charCodeAt(i);
    if (containers[top] === ARRAY) {
      if (unit === COMMA) {
        i++;
        path[path.length - 1] = (path.at(-1) as number) + 1;
        state = VALUE;
      } else if (unit === CLOSE_BRACKET) {
        i++;
        path.pop();
        containers.pop();
        keys.pop();
      } else return fail("unexpected-character", i);
    } else {
      if (unit === COMMA) {
        i++;
        path.pop();
        state = KEY;
      } else if (unit === CLOSE_BRACE) {
        i++;
        path.pop();
        containers.pop();
        keys.pop();
      } else return fail("unexpected-character", i);
    }
  }
}

/** The first syntax problem of the JSON value in `text[from, to)`, or undefined when it is valid JSON. */
export function findSyntaxProblem(text: string, from = 0, to = text.length): SyntaxProblem | undefined {
  return scanJson(text, from, to).problem;
}
