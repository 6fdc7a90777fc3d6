import type { Dataset, Organisation } from "@mra-circulair/types";
import { referenceDataset } from "./dataset.ts";
import { findOrganisation } from "./organisations.ts";

/**
 * The organisations that successively continued `query` after mergers, oldest first, ending with the one
 * that continues it today. Empty when the organisation never merged. Unknown successors end the chain.
 */
export function successionChain(query: string, dataset: Dataset = referenceDataset): Organisation[] {
  const chain: Organisation[] = [];
  const seen = new Set<string>();
  let current = findOrganisation(query, dataset);
  // the seen-set guards against a cycle in bad data
  while (current?.succession && !seen.has(current.id)) {
    seen.add(current.id);
    const next = (dataset.organisations ?? []).find((o) => o.id === current?.succession?.successor);
    if (!next) break;
    chain.push(next);
    current = next;
  }
  return chain;
}

/** The organisation that continues `query` today after one or more mergers (Weesp: Amsterdam), if it merged. */
export function successorOf(query: string, dataset: Dataset = referenceDataset): Organisation | undefined {
  return successionChain(query, dataset).at(-1);
}
