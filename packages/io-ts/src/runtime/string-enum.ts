import * as t from "io-ts";

/** One of the given strings; unlike t.keyof it needs no object whose keys could include "__proto__". */
export function stringEnum<const V extends readonly [string, ...string[]]>(values: V): t.Type<V[number]> {
  const allowed = new Set<string>(values);
  const is = (value: unknown): value is V[number] => typeof value === "string" && allowed.has(value);
  return new t.Type<V[number]>(
    values.map((value) => JSON.stringify(value)).join(" | "),
    is,
    (value, context) => (is(value) ? t.success(value) : t.failure(value, context)),
    t.identity,
  );
}
