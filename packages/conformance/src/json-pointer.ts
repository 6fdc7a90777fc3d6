/** The reference tokens of a JSON Pointer (RFC 6901); "" has none. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new SyntaxError(`not a JSON Pointer: ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Appends one reference token, escaping "~" and "/". */
export function appendPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** Whether a pointer is the ancestor pointer itself or lies below it. */
export function isAtOrBelow(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

/** The pointer of the parent and the last token, or undefined for the root. */
export function splitPointer(pointer: string): { readonly parent: string; readonly token: string } | undefined {
  const tokens = parsePointer(pointer);
  const token = tokens.pop();
  if (token === undefined) return undefined;
  return { parent: tokens.reduce<string>(appendPointer, ""), token };
}

/** Whether the value has something at the pointer (own properties and array indexes only). */
export function hasPointer(value: unknown, pointer: string): boolean {
  let node = value;
  for (const token of parsePointer(pointer)) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, token)) return false;
    node = (node as Record<string, unknown>)[token];
  }
  return true;
}
