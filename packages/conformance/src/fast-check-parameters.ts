import type fc from "fast-check";

function positiveInteger(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1)
    throw new RangeError(`${name} must be a positive integer, not ${JSON.stringify(text)}`);
  return value;
}

/**
 * The runs per property: 100 by default, MRA_FC_RUNS to raise it (for example 1000 locally). The seed is random and
 * fast-check prints it with the counterexample on failure; MRA_FC_SEED replays one.
 */
export function fastCheckParameters(): fc.Parameters<unknown> {
  const numRuns = positiveInteger("MRA_FC_RUNS", 100);
  const seed = process.env.MRA_FC_SEED;
  return seed === undefined || seed === "" ? { numRuns } : { numRuns, seed: positiveInteger("MRA_FC_SEED", 0) };
}
