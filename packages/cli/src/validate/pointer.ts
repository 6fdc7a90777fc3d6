const INDEX = /^(?:0|[1-9][0-9]*)$/;

/** The value a JSON Pointer (RFC 6901) designates in `document`, or undefined when there is none. */
export function valueAt(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  if (!pointer.startsWith("/")) return undefined;
  let current = document;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replaceAll("~1", "/").replaceAll("~0", "~");
    if (current === null || typeof current !== "object") return undefined;
    // own properties only, so "__proto__" or "constructor" finds nothing inherited, and an array only its items
    if (Array.isArray(current) ? !INDEX.test(key) : !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
