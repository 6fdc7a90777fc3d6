import * as t from "io-ts";

export interface ArrayBounds {
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Rejects repeated items, compared with ===; the generator uses it on arrays of strings only. */
  readonly uniqueItems?: boolean;
}

/** An array of items within length bounds; the result is a fresh array of decoded items. */
export function boundedArray<C extends t.Mixed>(
  item: C,
  bounds: ArrayBounds = {},
): t.Type<t.TypeOf<C>[], t.OutputOf<C>[], unknown> {
  const { minItems = 0, maxItems = Number.POSITIVE_INFINITY, uniqueItems = false } = bounds;
  const sized = (value: unknown[]): boolean => value.length >= minItems && value.length <= maxItems;
  const unique = (value: unknown[]): boolean => !uniqueItems || new Set(value).size === value.length;
  return new t.Type<t.TypeOf<C>[], t.OutputOf<C>[], unknown>(
    `Array<${item.name}>`,
    (value): value is t.TypeOf<C>[] =>
      Array.isArray(value) && sized(value) && unique(value) && value.every((element) => item.is(element)),
    (value, context) => {
      if (!Array.isArray(value)) return t.failure(value, context, "Expected an array");
      if (!sized(value)) return t.failure(value, context, `Expected ${minItems} to ${maxItems} items`);
      const errors: t.Errors = [];
      const items: t.TypeOf<C>[] = [];
      value.forEach((element: unknown, index) => {
        const result = item.validate(element, t.appendContext(context, String(index), item, element));
        if (result._tag === "Left") errors.push(...result.left);
        else items.push(result.right);
      });
      if (errors.length > 0) return t.failures(errors);
      return unique(items) ? t.success(items) : t.failure(value, context, "Expected unique items");
    },
    (items) => items.map((element) => item.encode(element)),
  );
}
