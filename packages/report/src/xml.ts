const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Whether XML 1.0 allows a code point at all (its Char production); the others cannot even be escaped. */
const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

/** Text escaped for XML content and attribute values; characters XML cannot carry are dropped. */
export function escapeXml(text: string): string {
  let result = "";
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (isXmlChar(cp)) result += ENTITIES[char] ?? char;
  }
  return result;
}
