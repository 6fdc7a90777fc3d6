import { sanitize } from "./sanitize.ts";

// an excerpt is short by nature; the cap keeps the walk bounded even when a caller asks for Infinity
const LONGEST = 10_000;

/** An open array or object whose entries are still being written. */
interface Frame {
  readonly entries: Iterator<readonly [key: string | undefined, value: unknown]>;
  readonly close: string;
  started: boolean;
}

function* items(array: readonly unknown[]): Generator<readonly [undefined, unknown]> {
  for (let i = 0; i < array.length; i++) yield [undefined, array[i]];
}

function* members(object: object): Generator<readonly [string, unknown]> {
  // for-in rather than Object.entries, so that values past the excerpt, getters included, are never read
  for (const key in object) if (Object.hasOwn(object, key)) yield [key, (object as Record<string, unknown>)[key]];
}

/** A string as JSON, reading at most `limit` UTF-16 units of it; when cut, the closing quote is left off. */
function quote(text: string, limit: number): { token: string; cut: boolean } {
  if (text.length <= limit) return { token: JSON.stringify(sanitize(text)), cut: false };
  const end = text.charCodeAt(limit - 1) >> 10 === 0x36 ? limit - 1 : limit; // keep a surrogate pair whole
  return { token: JSON.stringify(sanitize(text.slice(0, end))).slice(0, -1), cut: true };
}

function scalar(value: unknown): string {
  switch (typeof value) {
    case "number":
    case "bigint":
    case "boolean":
      // String(), not JSON, so that Infinity and NaN show as what they are
      return String(value);
    case "undefined":
      return "undefined";
    default:
      return value === null ? "null" : typeof value;
  }
}

/**
 * Writes a value as compact JSON, iteratively so that no depth can overflow the stack, until `write` says
 * there is enough; as every step writes, cyclic and huge values end too. Returns whether it stopped early.
 */
function writeJson(value: unknown, stringLimit: number, write: (token: string) => boolean): boolean {
  const stack: Frame[] = [];
  const writeString = (text: string, suffix: string) => {
    const { token, cut } = quote(text, stringLimit);
    return write(cut ? token : token + suffix) && !cut;
  };
  let next: { value: unknown } | undefined = { value };
  for (;;) {
    if (next) {
      const current = next.value;
      let more: boolean;
      if (typeof current === "string") more = writeString(current, "");
      else if (Array.isArray(current)) {
        stack.push({ entries: items(current), close: "]", started: false });
        more = write("[");
      } else if (current !== null && typeof current === "object") {
        stack.push({ entries: members(current), close: "}", started: false });
        more = write("{");
      } else more = write(scalar(current));
      if (!more) return true;
    }
    const frame = stack.at(-1);
    if (!frame) return false;
    const entry = frame.entries.next();
    if (entry.done) {
      stack.pop();
      next = undefined;
      if (!write(frame.close)) return true;
      continue;
    }
    const [key, item] = entry.value;
    next = { value: item };
    const separator = frame.started ? "," : "";
    frame.started = true;
    if (!(key === undefined ? write(separator) : write(separator) && writeString(key, ":"))) return true;
  }
}

/**
 * A short, one-line, JSON-like excerpt of a value for a message: strings quoted, control characters, ANSI
 * escapes and bidi overrides stripped, lone surrogates replaced, at most `max` characters ending in "…" when
 * cut. Reads only as much of the value as it shows, and never throws, whatever the value.
 */
export function excerpt(value: unknown, max = 80): string {
  const limit = Math.min(LONGEST, Math.max(1, Math.floor(max) || 1));
  let text = "";
  let cut: boolean;
  try {
    cut = writeJson(value, limit * 2 + 2, (token) => {
      text += token;
      // twice the limit in UTF-16 units is surely past it in characters; the cut below counts characters
      return text.length <= limit * 2;
    });
  } catch {
    // a getter or a proxy threw: show what was read
    cut = true;
  }
  const chars = Array.from(text);
  return !cut && chars.length <= limit ? text : `${chars.slice(0, limit - 1).join("")}…`;
}
