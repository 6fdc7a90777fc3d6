import type { IndicatorResults } from "@mra-circulair/indicators";

/** A value as pretty JSON, indented to sit `depth` levels deep. */
const pretty = (value: unknown, depth: number) =>
  // JSON.stringify escapes line breaks inside strings, so every "\n" is between tokens
  JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);

/**
 * The results as a JSON document in pieces, one list item at a time: the same text as {@link resultsToJson}, but
 * never one string of it all, which for a million procurements (with every observation listing the procurements
 * it was counted from) would be longer than a JavaScript string can be.
 */
export function* resultsToJsonChunks(results: IndicatorResults): Generator<string> {
  // as JSON.stringify does, a member without a value is left out
  const entries = Object.entries(results).filter(([, value]) => value !== undefined);
  yield "{";
  for (const [index, [key, value]] of entries.entries()) {
    const comma = index === entries.length - 1 ? "" : ",";
    if (!Array.isArray(value) || value.length === 0) {
      yield `\n  ${JSON.stringify(key)}: ${pretty(value, 1)}${comma}`;
      continue;
    }
    yield `\n  ${JSON.stringify(key)}: [`;
    for (const [at, item] of value.entries()) yield `\n    ${pretty(item, 2)}${at === value.length - 1 ? "" : ","}`;
    yield `\n  ]${comma}`;
  }
  yield entries.length === 0 ? "}\n" : "\n}\n";
}

/**
 * The results as a JSON document, exactly as the indicators computed them: the rule, the geography, the subjects,
 * the definitions, every observation and every progress entry, with values as exact decimal strings and texts in
 * both languages. Pretty-printed as JSON.stringify(results, null, 2) would print it.
 */
export function resultsToJson(results: IndicatorResults): string {
  return [...resultsToJsonChunks(results)].join("");
}
