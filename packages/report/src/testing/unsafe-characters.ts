// written apart from sanitize.ts, so that the tests do not check the sanitiser against itself
const isUnsafe = (cp: number) =>
  cp < 0x20 ||
  (cp >= 0x7f && cp <= 0x9f) ||
  cp === 0x061c ||
  (cp >= 0x200b && cp <= 0x200f) ||
  (cp >= 0x2028 && cp <= 0x202e) ||
  (cp >= 0x2060 && cp <= 0x2069) ||
  (cp >= 0xd800 && cp <= 0xdfff) ||
  cp === 0xfeff;

/**
 * The characters of `text` a report must not echo from data, as "U+001B": controls (C0, C1, DEL), bidi
 * controls, line separators, invisible marks and lone surrogates; those in `allowed` (a newline) excepted.
 */
export function unsafeCharacters(text: string, allowed = ""): string[] {
  const found: string[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (isUnsafe(cp) && !allowed.includes(char)) found.push(`U+${cp.toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return found;
}
