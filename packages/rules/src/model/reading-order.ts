/**
 * The record entities in an order in which every reference points back, to an entity read before or to its own:
 * files read in this order let the rules resolve each reference as it comes, instead of keeping it to the end of
 * the dataset. (A target lives in a declaration or a goal, which come before everything that names it.)
 */
export const readingOrder: readonly string[] = [
  "DatasetMeta",
  "IndicatorDefinition",
  "Organisation",
  "Declaration",
  "Signature",
  "Roadmap",
  "Goal",
  "PurchasePackage",
  "Track",
  "Criterion",
  "Procurement",
  "Observation",
  "MviLink",
];

/** The place of an entity in {@link readingOrder}; an entity it does not hold comes after all of them. */
export function readingRank(entity: string): number {
  const at = readingOrder.indexOf(entity);
  return at === -1 ? readingOrder.length : at;
}
