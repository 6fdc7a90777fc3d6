import { readingRank } from "@mra-circulair/rules";
import type { InputFile } from "./inputs.ts";

/**
 * The inputs in the order to read them: files of many entities (datasets, NDJSON, workbooks) as given, then the
 * single-entity files (CSV tables) in the rules' reading order, so that each reference meets the record it names
 * already read. Otherwise the rules keep it until the end: a million procurements before their purchase packages
 * cost hundreds of megabytes.
 */
export function inReadingOrder(inputs: readonly InputFile[]): InputFile[] {
  const rank = (input: InputFile) => (input.entity === undefined ? -1 : readingRank(input.entity.entity));
  // Array.prototype.sort is stable: files of one rank keep the order they were given in
  return [...inputs].sort((a, b) => rank(a) - rank(b));
}
