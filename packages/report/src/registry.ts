import type { CodeDefinition } from "./code-definition.ts";

/** The codes a report can hold, by code. */
export interface Registry {
  /** The definition of `code`, or undefined for a code no package defined. */
  get(code: string): CodeDefinition | undefined;
  /** Every definition, in the order given. */
  all(): readonly CodeDefinition[];
}

/** A registry of the given definitions (or code handles); a code defined twice throws, so a clash shows at load. */
export function createRegistry(definitions: Iterable<CodeDefinition>): Registry {
  const byCode = new Map<string, CodeDefinition>();
  for (const definition of definitions) {
    if (byCode.has(definition.code)) throw new Error(`finding code "${definition.code}" is defined twice`);
    byCode.set(definition.code, definition);
  }
  const all = Object.freeze([...byCode.values()]);
  return { get: (code) => byCode.get(code), all: () => all };
}
