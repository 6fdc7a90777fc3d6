import * as t from "io-ts";
import { hasCalendarDatePart, isCalendarDate } from "./calendar-date.ts";
import { withinCodePoints } from "./code-points.ts";

/** String constraints as in JSON Schema: lengths in code points and a pattern compiled with the "u" flag. */
export interface StringBounds {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
}

/** A string within code-point lengths that matches the pattern. */
export function boundedString(bounds: StringBounds): t.Type<string> {
  return stringCodec("string", bounds, undefined);
}

/** An existing calendar date in YYYY-MM-DD form (format "date"): 2023-02-30 fails, 2024-02-29 passes. */
export function calendarDate(bounds: StringBounds = {}): t.Type<string> {
  return stringCodec("CalendarDate", bounds, isCalendarDate);
}

/** A date-time (format "date-time"): the schema's pattern gives the form, the date part must exist. */
export function dateTime(bounds: StringBounds & { readonly pattern: RegExp }): t.Type<string> {
  return stringCodec("DateTime", bounds, hasCalendarDatePart);
}

function stringCodec(
  name: string,
  bounds: StringBounds,
  format: ((value: string) => boolean) | undefined,
): t.Type<string> {
  const { minLength = 0, maxLength = Number.POSITIVE_INFINITY, pattern } = bounds;
  // a global or sticky regex keeps lastIndex between calls, so one string could pass and then fail
  if (pattern !== undefined && (pattern.global || pattern.sticky))
    throw new Error("pattern must not be global or sticky");
  const problem = (value: unknown): string | undefined => {
    if (typeof value !== "string") return "Expected a string";
    // lengths first, so that a pattern never runs on an overlong string
    if (!withinCodePoints(value, minLength, maxLength)) return `Expected ${minLength} to ${maxLength} characters`;
    if (pattern !== undefined && !pattern.test(value)) return `Expected a string matching ${pattern}`;
    if (format !== undefined && !format(value)) return `Expected a valid ${name}`;
    return undefined;
  };
  return new t.Type<string>(
    name,
    (value): value is string => problem(value) === undefined,
    (value, context) => {
      const message = problem(value);
      return message === undefined ? t.success(value as string) : t.failure(value, context, message);
    },
    t.identity,
  );
}
