// money and tonnes are added as whole numbers of their smallest unit, so a million additions lose nothing

const DECIMAL = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/;
// below this a Number stays exact when a value of at most 15 digits is added to it
const FLUSH_AT = Number.MAX_SAFE_INTEGER - 1e15;

/**
 * An exact running sum of non-negative decimal strings with at most `scale` decimals: 2 for amounts of money, 6 for
 * quantities. Additions go to a Number while it stays exact and move to a bigint before it would not.
 */
export class ExactSum {
  readonly scale: number;
  #small = 0;
  #big = 0n;

  constructor(scale: number) {
    this.scale = scale;
  }

  /** Adds a decimal string ("1250000.5"); throws a RangeError for anything else or for too many decimals. */
  add(text: string): void {
    const match = DECIMAL.exec(text);
    const fraction = match?.[2] ?? "";
    if (!match || fraction.length > this.scale)
      throw new RangeError(`not a non-negative decimal with at most ${this.scale} decimals: "${text}"`);
    const digits = `${match[1]}${fraction.padEnd(this.scale, "0")}`;
    if (digits.length <= 15) this.#addSmall(Number(digits));
    else this.#big += BigInt(digits);
  }

  /** Adds another sum of the same scale. */
  addSum(other: ExactSum): void {
    if (other.scale !== this.scale)
      throw new RangeError(`cannot add a sum of scale ${other.scale} to one of ${this.scale}`);
    this.#big += other.units;
  }

  /** The sum in units of 10^-scale. */
  get units(): bigint {
    return this.#big + BigInt(this.#small);
  }

  #addSmall(value: number): void {
    if (this.#small > FLUSH_AT) {
      this.#big += BigInt(this.#small);
      this.#small = 0;
    }
    this.#small += value;
  }
}
