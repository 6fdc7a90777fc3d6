import { z } from "zod";

/** The length of a string in Unicode code points, as ajv counts it; a lone surrogate counts as one. */
export function codePointLength(value: string): number {
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/** A length check in code points, so the verdict does not depend on how a zod version measures strings. */
export function codePoints(bounds: { readonly min?: number; readonly max?: number }): z.core.$ZodCheck<string> {
  const { min = 0, max = Number.POSITIVE_INFINITY } = bounds;
  const message = max === Number.POSITIVE_INFINITY ? `at least ${min} characters` : `${min} to ${max} characters`;
  return z.refine<string>(
    (value) => {
      // a string of n units holds between n/2 and n code points, so most strings need no count
      if (value.length < min || value.length / 2 > max) return false;
      if (value.length <= max && value.length / 2 >= min) return true;
      const length = codePointLength(value);
      return length >= min && length <= max;
    },
    // abort keeps a pattern check from running on a string that is already too long
    { message: `Expected ${message}`, abort: true },
  );
}
