/** The value at a JSON Pointer (RFC 6901) inside `value`; undefined where the pointer leads nowhere. */
export function valueAt(value: unknown, pointer: string): unknown {
  if (pointer === "") return value;
  let current = value;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, token)) return undefined;
    current = Reflect.get(current, token);
  }
  return current;
}
