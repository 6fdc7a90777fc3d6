// exact decimal strings from integers: money in cents, tonnes in hundredths, so no float rounding reaches the data

/** An Amount string with exactly two decimals from a whole number of cents ("1250000.00"). */
export function formatCents(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0)
    throw new RangeError(`cents must be a non-negative safe integer, got ${cents}`);
  const rest = cents % 100;
  return `${(cents - rest) / 100}.${rest < 10 ? `0${rest}` : rest}`;
}

/** A decimal string of `value / 10^scale` without trailing zeros ("950", "12.75"); `value` may be a bigint. */
export function formatScaled(value: number | bigint, scale: number): string {
  const big = BigInt(value);
  const negative = big < 0n;
  const digits = (negative ? -big : big).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}
