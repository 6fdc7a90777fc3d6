/** Escapes one reference token of a JSON Pointer (RFC 6901). */
export function escapeToken(token: string | number): string {
  const text = String(token);
  return /[~/]/.test(text) ? text.replaceAll("~", "~0").replaceAll("/", "~1") : text;
}

/** A JSON Pointer from its reference tokens, from the token at `from` on. */
export function formatPointer(tokens: readonly (string | number)[], from = 0): string {
  let pointer = "";
  for (let i = from; i < tokens.length; i++) pointer += `/${escapeToken(tokens[i] ?? "")}`;
  return pointer;
}

/** Appends one reference token to a JSON Pointer. */
export function appendPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(token)}`;
}

/** The unescaped reference tokens of a JSON Pointer, or undefined when it is not one ("a", "/~2"). */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  const tokens = pointer.slice(1).split("/");
  for (const token of tokens) if (/~[^01]|~$/.test(token)) return undefined;
  return tokens.map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The value at a JSON Pointer inside `value`, through own properties only; undefined where it leads nowhere. */
export function valueAt(value: unknown, pointer: string): unknown {
  const tokens = parsePointer(pointer);
  if (tokens === undefined) return undefined;
  let current = value;
  for (const token of tokens) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, token)) return undefined;
    current = Reflect.get(current, token);
  }
  return current;
}
