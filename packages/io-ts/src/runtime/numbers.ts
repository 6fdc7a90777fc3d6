import * as t from "io-ts";

/** A finite number within optional inclusive bounds; t.number alone also accepts NaN and Infinity. */
export function finiteNumber(bounds: { readonly minimum?: number; readonly maximum?: number } = {}): t.Type<number> {
  const { minimum = Number.NEGATIVE_INFINITY, maximum = Number.POSITIVE_INFINITY } = bounds;
  return numberCodec("number", (value) => Number.isFinite(value) && value >= minimum && value <= maximum);
}

/** An integral number within inclusive bounds; 2.0 counts as the integer 2, as in ajv. */
export function integer(minimum: number, maximum: number): t.Type<number> {
  return numberCodec("integer", (value) => Number.isInteger(value) && value >= minimum && value <= maximum);
}

function numberCodec(name: string, accepts: (value: number) => boolean): t.Type<number> {
  const is = (value: unknown): value is number => typeof value === "number" && accepts(value);
  return new t.Type<number>(
    name,
    is,
    (value, context) => (is(value) ? t.success(value) : t.failure(value, context)),
    t.identity,
  );
}
