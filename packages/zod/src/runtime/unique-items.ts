import { z } from "zod";

/** Rejects an array that holds the same string twice (uniqueItems on arrays of strings). */
export function uniqueItems<T extends string>(): z.core.$ZodCheck<T[]> {
  return z.refine<T[]>((items) => new Set(items).size === items.length, { message: "Expected unique items" });
}
