/** The entities whose records carry an identifier that other records may refer to, and that must be unique in a dataset. */
export const identifiedEntities = [
  "Organisation",
  "Declaration",
  "Signature",
  "Roadmap",
  "Goal",
  "Target",
  "PurchasePackage",
  "Track",
  "Criterion",
  "MviLink",
  "IndicatorDefinition",
  "Observation",
  "Procurement",
] as const;

/** An entity whose identifiers are unique in a dataset. */
export type IdentifiedEntity = (typeof identifiedEntities)[number];

/** The entity named by MraItemRef.itemType (the schema file name) in an MVI link. */
export const itemTypeEntities: Readonly<Record<string, IdentifiedEntity>> = {
  goal: "Goal",
  target: "Target",
  "purchase-package": "PurchasePackage",
  track: "Track",
  criterion: "Criterion",
  procurement: "Procurement",
  roadmap: "Roadmap",
};
