/** Formats path segments as an RFC 6901 JSON pointer ("" is the whole document). */
export function formatPointer(path: readonly string[]): string {
  return path.map((segment) => `/${segment.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}
