import { Decimal } from "decimal.js";

/** Observation values have at most this many decimals. */
const DECIMALS = 6;

/**
 * The decimal type of the engine: 60 significant digits, far more than a quotient of two sums of at most 25 digits
 * needs for its one rounding to 6 decimals to equal the rounding of the exact quotient.
 */
export const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN });
export type Exact = Decimal;

const OBSERVATION_VALUE = /^-?(0|[1-9][0-9]{0,17})(\.[0-9]{1,6})?$/;

/** A whole number of units of 10^-scale as an exact decimal. */
export function fromUnits(units: bigint, scale: number): Exact {
  return new Exact(units.toString()).dividedBy(new Exact(10).toPower(scale));
}

/**
 * The value as an Observation value: rounded once, half to even, to at most 6 decimals, without trailing zeros
 * and without a minus sign on zero. Throws a RangeError when it has more than 18 integer digits.
 */
export function formatValue(value: Exact): string {
  const rounded = value.toDecimalPlaces(DECIMALS, Decimal.ROUND_HALF_EVEN);
  const text = rounded.isZero() ? "0" : rounded.toFixed();
  if (!OBSERVATION_VALUE.test(text)) throw new RangeError(`value ${text} does not fit an Observation value`);
  return text;
}

/** `part / whole * 100`, exact until the caller rounds; `whole` must not be zero. */
export function percentOf(part: Exact | bigint | number, whole: Exact | bigint | number): Exact {
  return new Exact(part.toString()).times(100).dividedBy(new Exact(whole.toString()));
}
