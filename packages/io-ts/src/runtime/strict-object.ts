import * as t from "io-ts";

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The decoded type: required keys, then optional keys that, when present, are never undefined. */
export type StrictObjectType<R extends t.Props, O extends t.Props> = Simplify<
  t.TypeOfProps<R> & t.TypeOfPartialProps<O>
>;
export type StrictObjectOutput<R extends t.Props, O extends t.Props> = Simplify<
  t.OutputOfProps<R> & t.OutputOfPartialProps<O>
>;

interface Field {
  readonly codec: t.Mixed;
  readonly required: boolean;
}

/**
 * An object with only the given keys (additionalProperties: false). Unknown own keys fail, including
 * "__proto__" and "constructor" as JSON.parse creates them; the result is a fresh object with known keys only.
 */
export function strictObject<R extends t.Props, O extends t.Props = Record<never, never>>(
  required: R,
  optional: O = {} as O,
): t.Type<StrictObjectType<R, O>, StrictObjectOutput<R, O>, unknown> {
  const fields = new Map<string, Field>();
  for (const [props, isRequired] of [
    [required, true],
    [optional, false],
  ] as const) {
    for (const [key, codec] of Object.entries(props)) {
      // copying this key into the result would set its prototype
      if (key === "__proto__") throw new Error('strictObject cannot declare the key "__proto__"');
      fields.set(key, { codec, required: isRequired });
    }
  }
  const name = `{ ${[...fields].map(([key, field]) => (field.required ? key : `${key}?`)).join(", ")} }`;
  const is = (value: unknown): value is StrictObjectType<R, O> =>
    isRecord(value) &&
    Object.keys(value).every((key) => fields.has(key)) &&
    [...fields].every(([key, field]) => (Object.hasOwn(value, key) ? field.codec.is(value[key]) : !field.required));

  return new t.Type<StrictObjectType<R, O>, StrictObjectOutput<R, O>, unknown>(
    name,
    is,
    (value, context) => {
      if (!isRecord(value)) return t.failure(value, context, "Expected an object");
      const errors: t.Errors = [];
      for (const key of Object.keys(value)) {
        if (!fields.has(key)) {
          const entry = value[key];
          errors.push({
            value: entry,
            context: t.appendContext(context, key, t.never, entry),
            message: `Unknown property "${key}"`,
          });
        }
      }
      const result: Record<string, unknown> = {};
      for (const [key, field] of fields) {
        if (!Object.hasOwn(value, key)) {
          if (field.required) {
            errors.push({
              value: undefined,
              context: t.appendContext(context, key, field.codec),
              message: `Missing property "${key}"`,
            });
          }
          continue;
        }
        const entry = value[key];
        const decoded = field.codec.validate(entry, t.appendContext(context, key, field.codec, entry));
        if (decoded._tag === "Left") errors.push(...decoded.left);
        else result[key] = decoded.right;
      }
      return errors.length > 0 ? t.failures(errors) : t.success(result as StrictObjectType<R, O>);
    },
    (decoded) => {
      const result: Record<string, unknown> = {};
      const source = decoded as Record<string, unknown>;
      for (const [key, field] of fields) {
        if (Object.hasOwn(source, key)) result[key] = field.codec.encode(source[key]);
      }
      return result as StrictObjectOutput<R, O>;
    },
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
