import { stripControl, truncate } from "../format/text.ts";

/** JSON tokens of a value, produced lazily so that an excerpt of a huge document costs only its first tokens. */
function* tokens(value: unknown, max: number): Generator<string> {
  if (typeof value === "string") {
    // a prefix is enough for an excerpt and keeps a megabyte string from being copied
    yield JSON.stringify(stripControl(value.slice(0, max * 2)));
  } else if (Array.isArray(value)) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      yield* tokens(value[i], max);
    }
    yield "]";
  } else if (value !== null && typeof value === "object") {
    yield "{";
    let first = true;
    for (const [key, item] of Object.entries(value)) {
      if (!first) yield ",";
      first = false;
      yield `${JSON.stringify(stripControl(key))}:`;
      yield* tokens(item, max);
    }
    yield "}";
  } else {
    yield String(JSON.stringify(value));
  }
}

/** A one-line excerpt of a value as JSON: control characters stripped, at most `max` characters. */
export function excerpt(value: unknown, max = 80): string | undefined {
  if (value === undefined) return undefined;
  let text = "";
  for (const token of tokens(value, max)) {
    text += token;
    if (text.length > max) break;
  }
  return truncate(stripControl(text), max);
}
