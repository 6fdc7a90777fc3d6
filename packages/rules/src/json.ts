/** A JSON object as parsed: not null, not an array. */
export type JsonObject = { readonly [key: string]: unknown };

/** Whether `value` is a JSON object (not null, not an array). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The own property `key` of `value`, or undefined when `value` is no object or has no such own property. */
export function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The own property `key` of `value` when it is a string. */
export function ownString(value: unknown, key: string): string | undefined {
  const found = own(value, key);
  return typeof found === "string" ? found : undefined;
}

/** The own property `key` of `value` when it is an array; an empty array otherwise. */
export function ownArray(value: unknown, key: string): readonly unknown[] {
  const found = own(value, key);
  return Array.isArray(found) ? found : [];
}

const NEEDS_ESCAPE = /[~/]/;

/** Escapes one reference token of a JSON Pointer (RFC 6901). */
export function escapeToken(token: string): string {
  return NEEDS_ESCAPE.test(token) ? token.replaceAll("~", "~0").replaceAll("/", "~1") : token;
}

/** Appends one reference token to a JSON Pointer. */
export function appendPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapeToken(String(token))}`;
}

/** The reference tokens of a JSON Pointer, unescaped; undefined when `pointer` is not a JSON Pointer. */
export function pointerTokens(pointer: string): string[] | undefined {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) return undefined;
  return pointer
    .slice(1)
    .split("/")
    .map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}
