/** The width of `text` in characters, as used to align columns. */
export function width(text: string): number {
  return Array.from(text).length;
}
