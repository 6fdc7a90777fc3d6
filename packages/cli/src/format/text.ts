/** Whether a code point is a C0 or C1 control, or a bidi or zero-width mark that can disguise terminal output. */
function isUnsafe(codePoint: number): boolean {
  return (
    codePoint < 0x20 ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

/** Removes control characters, so that data from a file cannot move the cursor or recolour the terminal. */
export function stripControl(text: string): string {
  let result = "";
  for (const char of text) if (!isUnsafe(char.codePointAt(0) ?? 0)) result += char;
  return result;
}

/** Cuts `text` to at most `max` characters (code points, so no emoji is split), ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** The width of `text` in characters, as used to align columns. */
export function width(text: string): number {
  return Array.from(text).length;
}
