const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** `value` when it has the YYYY-MM-DD form, so that dates compare as strings; undefined otherwise. */
export function dateOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" && DATE.test(value) ? value : undefined;
}

/** `value` when it is an integer year, undefined otherwise. */
export function yearOrUndefined(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}
