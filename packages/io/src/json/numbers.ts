/** A decimal number as sign, significant digits and exponent: value = ±digits × 10^exponent. */
interface Decimal {
  readonly negative: boolean;
  readonly digits: string;
  readonly exponent: number;
}

const ZERO: Decimal = { negative: false, digits: "", exponent: 0 };

/** A JSON number literal (or a shortest round-trip form such as "1.5e+300") as a normalised decimal. */
function toDecimal(literal: string): Decimal {
  const negative = literal.startsWith("-");
  const body = negative ? literal.slice(1) : literal;
  const e = body.search(/[eE]/);
  const mantissa = e === -1 ? body : body.slice(0, e);
  // an exponent too long for a number is Infinity, which compares as unequal: that is what it is
  const power = e === -1 ? 0 : Number(body.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const whole = dot === -1 ? mantissa : mantissa.slice(0, dot);
  const fraction = dot === -1 ? "" : mantissa.slice(dot + 1);
  let digits = whole + fraction;
  let exponent = power - fraction.length;
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 0x30) first++;
  let last = digits.length;
  while (last > first && digits.charCodeAt(last - 1) === 0x30) last--;
  if (first === last) return ZERO;
  exponent += digits.length - last;
  digits = digits.slice(first, last);
  return { negative, digits, exponent };
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * How a JSON number literal is read when it is not read exactly, or undefined when it is: out of range (1e400
 * becomes Infinity, 1e-400 becomes 0), an integer beyond ±(2^53−1), or a decimal that the nearest double does
 * not give back (12345678901234567890 becomes 12345678901234567000). Trailing zeros and exponent notation
 * that denote the same value ("1.50", "1e2") are exact.
 */
export function inexactNumber(literal: string): string | undefined {
  const value = Number(literal);
  const shown = String(value);
  if (!Number.isFinite(value)) return shown;
  if (Number.isInteger(value) && (value > MAX_SAFE || value < -MAX_SAFE)) return shown;
  const read = toDecimal(literal);
  const back = toDecimal(shown);
  // -0 and 0 are the same number
  const same =
    read.digits === back.digits &&
    read.exponent === back.exponent &&
    (read.negative === back.negative || read.digits === "");
  return same ? undefined : shown;
}
