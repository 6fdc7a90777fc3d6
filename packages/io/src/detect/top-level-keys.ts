/** What the start of a JSON text says about its top level. */
export type TopLevel =
  /** The root object ended; these are all its keys, in order. */
  | { readonly kind: "keys"; readonly keys: readonly string[] }
  /** The root object has this key, and it is one the caller stops at. */
  | { readonly kind: "stopped"; readonly key: string }
  /** No object, no JSON, or too long to tell: the reader will say what it is. */
  | { readonly kind: "unknown" };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The text of a key as written between its quotes: escapes decoded, or the raw text when they are broken. */
function decodeKey(raw: string): string {
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * The keys of the root object of a JSON text, read from the start of its bytes without parsing the values: enough
 * to tell a dataset from a single record. Stops at the first key `stopAt` accepts, when the root object ends, or
 * after `maxChars` characters. Only finds structure: whether the text is valid JSON is the reader's business.
 */
export async function topLevelKeys(
  bytes: AsyncIterable<Uint8Array>,
  stopAt: (key: string) => boolean,
  maxChars = 1024 * 1024,
): Promise<TopLevel> {
  // a byte order mark is dropped by the decoder; a broken byte becomes U+FFFD, which is fine for finding keys
  const decoder = new TextDecoder("utf-8");
  const keys: string[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let expectKey = false;
  let key: string[] | undefined;
  let seen = 0;
  for await (const chunk of bytes) {
    const text = decoder.decode(chunk, { stream: true });
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (unit === BACKSLASH) escaped = true;
        else if (unit === QUOTE) {
          inString = false;
          if (key !== undefined) {
            key.push(text.slice(run, i));
            const name = decodeKey(key.join(""));
            key = undefined;
            if (stopAt(name)) return { kind: "stopped", key: name };
            keys.push(name);
          }
        }
        continue;
      }
      switch (text[i]) {
        case '"':
          inString = true;
          if (depth === 1 && expectKey) {
            key = [];
            run = i + 1;
          }
          expectKey = false;
          break;
        case "{":
          depth++;
          expectKey = depth === 1;
          break;
        case "[":
          if (depth === 0) return { kind: "unknown" };
          depth++;
          break;
        case "}":
        case "]":
          depth--;
          if (depth === 0) return { kind: "keys", keys };
          if (depth < 0) return { kind: "unknown" };
          break;
        case ",":
          expectKey = depth === 1;
          break;
        case " ":
        case "\t":
        case "\n":
        case "\r":
        case ":":
          break;
        default:
          // a scalar at the top: not an object
          if (depth === 0) return { kind: "unknown" };
      }
    }
    if (key !== undefined) {
      key.push(text.slice(run));
      run = 0;
    }
    seen += text.length;
    if (seen >= maxChars) break;
  }
  return { kind: "unknown" };
}
