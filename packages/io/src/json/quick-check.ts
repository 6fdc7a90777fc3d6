/** The value and its text are clean: no hazard is possible. */
export const CLEAN = 0;
/** Something may be wrong: run the exact scan to know, and to locate it. */
export const SUSPECT = 1;
/** The value is nested deeper than the limit. */
export const TOO_DEEP = 2;

export type QuickVerdict = typeof CLEAN | typeof SUSPECT | typeof TOO_DEEP;

/** Look for surrogate escapes in the text (skip when its bytes hold no backslash). */
export const CHECK_ESCAPES = 1;
/** Look for U+FEFF in the text (skip when its bytes hold no 0xEF). */
export const CHECK_BOM = 2;
export const CHECK_TEXT = CHECK_ESCAPES | CHECK_BOM;

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

// a number token after "," or "[" (or ":") of 16 or more digits and dots, or with an exponent (see countKeyColons)
const LONG_NUMBER = /[:,[]\s*-?\d(?:[\d.]{15}|[\d.]*[eE])/;
// a \u escape of a surrogate, the only way a lone surrogate gets into text decoded from UTF-8
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** A member whose number value may not be exact, found while counting keys. */
const NUMBER_SUSPECT = -1;

const isSpace = (unit: number) => unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09;
const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;

/**
 * The number of ":" in `text` right after a quote (JSON whitespace between allowed): an upper bound of the keys
 * written, because every key is followed by one; colons inside strings only add to it. With `numbers`, the
 * value after each such colon is looked at too, and a number of 16 or more digits and dots, or with an
 * exponent, gives NUMBER_SUSPECT: every other literal has at most 15 significant digits within double range,
 * which a double always gives back exactly.
 */
function countKeyColons(text: string, numbers: boolean): number {
  let count = 0;
  for (let at = text.indexOf(":"); at !== -1; at = text.indexOf(":", at + 1)) {
    let unit = text.charCodeAt(at - 1);
    if (unit !== 0x22) {
      let before = at - 1;
      while (isSpace(unit)) unit = text.charCodeAt(--before);
      if (unit !== 0x22) continue;
    }
    count++;
    if (!numbers) continue;
    let i = at + 1;
    unit = text.charCodeAt(i);
    while (isSpace(unit)) unit = text.charCodeAt(++i);
    if (unit === 0x2d) unit = text.charCodeAt(++i);
    if (!isDigit(unit)) continue;
    const start = i;
    do unit = text.charCodeAt(++i);
    while (isDigit(unit) || unit === 0x2e);
    if (i - start >= 16 || unit === 0x65 || unit === 0x45) return NUMBER_SUSPECT;
  }
  return count;
}

/** Whether Object.prototype has enumerable properties (someone polluted it), which for-in would also visit. */
function prototypeIsPolluted(): boolean {
  for (const _ in Object.prototype) return true;
  return false;
}

// reused between calls (they are synchronous), so that a walk allocates nothing; values and depths alternate
const stack: unknown[] = [];

/**
 * The cheap check of a value just parsed from `text`, run on every record: one iterative walk of the value
 * (depth, keys, numbers) and a few native scans of the text.
 *
 * - Depth: containers nested deeper than `depthLimit` give TOO_DEEP.
 * - Duplicate keys: JSON.parse keeps one value per key, so the keys it kept equal the colons after a quote in
 *   the text only when no key was written twice. `otherKeys` are keys of the text outside `value` (the
 *   "type" and "record" of an NDJSON line).
 * - Numbers: a value that is not finite or beyond ±(2^53−1), or a long literal or exponent in the text.
 * - Lone surrogates: a surrogate escape in the text. Byte order marks: U+FEFF anywhere in the text.
 */
export function quickCheck(
  text: string,
  value: unknown,
  depthLimit: number,
  otherKeys = 0,
  checks = CHECK_TEXT,
): QuickVerdict {
  let keys = otherKeys;
  let memberNumbers = 0;
  let itemNumbers = 0;
  if (typeof value === "number") return SUSPECT;
  if (typeof value === "object" && value !== null) {
    const forIn = !prototypeIsPolluted();
    let top = 0;
    let high = 0;
    stack[top++] = value;
    stack[top++] = 1;
    try {
      while (top > 0) {
        if (top > high) high = top;
        const depth = stack[--top] as number;
        const node = stack[--top] as object;
        if (depth > depthLimit) return TOO_DEEP;
        if (Array.isArray(node)) {
          for (let i = 0; i < node.length; i++) {
            const child: unknown = node[i];
            if (typeof child === "object") {
              if (child !== null) {
                stack[top++] = child;
                stack[top++] = depth + 1;
              }
            } else if (typeof child === "number") {
              itemNumbers++;
              if (!(child <= MAX_SAFE && child >= -MAX_SAFE)) return SUSPECT;
            }
          }
          continue;
        }
        const record = node as Record<string, unknown>;
        if (forIn) {
          // for-in is the fastest way through the own keys of a JSON.parse object while the prototype is clean
          for (const name in record) {
            keys++;
            const child = record[name];
            if (typeof child === "object") {
              if (child !== null) {
                stack[top++] = child;
                stack[top++] = depth + 1;
              }
            } else if (typeof child === "number") {
              memberNumbers++;
              if (!(child <= MAX_SAFE && child >= -MAX_SAFE)) return SUSPECT;
            }
          }
        } else {
          const names = Object.keys(record);
          keys += names.length;
          for (const name of names) {
            const child = record[name];
            if (typeof child === "object") {
              if (child !== null) {
                stack[top++] = child;
                stack[top++] = depth + 1;
              }
            } else if (typeof child === "number") {
              memberNumbers++;
              if (!(child <= MAX_SAFE && child >= -MAX_SAFE)) return SUSPECT;
            }
          }
        }
      }
    } finally {
      // drop what the walk held, so that a record is not kept alive after it was read
      const used = Math.max(high, top);
      if (used > 4096) stack.length = 0;
      else stack.fill(undefined, 0, used);
    }
  }
  if (keys > 0 && countKeyColons(text, memberNumbers > 0) !== keys) return SUSPECT;
  // numbers in arrays follow no colon: the text is searched for them
  if (itemNumbers > 0 && LONG_NUMBER.test(text)) return SUSPECT;
  if ((checks & CHECK_ESCAPES) !== 0 && text.indexOf("\\u") !== -1 && SURROGATE_ESCAPE.test(text)) return SUSPECT;
  if ((checks & CHECK_BOM) !== 0 && text.indexOf("\ufeff") !== -1) return SUSPECT;
  return CLEAN;
}
