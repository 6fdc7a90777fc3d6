/** What to generate. */
export interface GenerateOptions {
  /** The number of procurements; the reference data, criteria and observations come on top. */
  records: number;
  /** The seed, an integer from 0 to 2^32 - 1: equal options give byte-identical output. */
  seed: number;
  /** First year of the procurements; 2019 by default. */
  from?: number;
  /** Last year of the procurements; 2025 by default. */
  to?: number;
}

/** Options with defaults applied and checked. */
export interface Settings {
  readonly records: number;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

// the declaration dates from 2018; years past 2030 would outrun the reference data's targets
const FIRST_YEAR = 2018;
const LAST_YEAR = 2030;

/** Applies the defaults and throws a RangeError naming the option that is out of range. */
export function resolveOptions(options: GenerateOptions): Settings {
  const { records, seed, from = 2019, to = 2025 } = options;
  if (!Number.isSafeInteger(records) || records < 0) {
    throw new RangeError(`records must be a non-negative integer, got ${records}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${seed}`);
  }
  for (const [name, year] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw new RangeError(`${name} must be a year from ${FIRST_YEAR} to ${LAST_YEAR}, got ${year}`);
    }
  }
  if (from > to) throw new RangeError(`from (${from}) must not be after to (${to})`);
  return { records, seed, from, to };
}
