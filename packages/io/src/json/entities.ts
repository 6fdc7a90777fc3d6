/** The entity of the dataset metadata. */
export const META_ENTITY = "DatasetMeta";

/** The "type" of an NDJSON line (dataset-record.schema.json) to the entity of its record. */
export const lineTypes: ReadonlyMap<string, string> = new Map([
  ["meta", META_ENTITY],
  ["organisation", "Organisation"],
  ["declaration", "Declaration"],
  ["signature", "Signature"],
  ["roadmap", "Roadmap"],
  ["goal", "Goal"],
  ["purchase-package", "PurchasePackage"],
  ["track", "Track"],
  ["criterion", "Criterion"],
  ["mvi-link", "MviLink"],
  ["indicator-definition", "IndicatorDefinition"],
  ["observation", "Observation"],
  ["procurement", "Procurement"],
]);

/** A member of a JSON dataset (dataset.schema.json) to the entity of its records; "meta" holds one record. */
export const datasetMembers: ReadonlyMap<string, string> = new Map([
  ["meta", META_ENTITY],
  ["organisations", "Organisation"],
  ["declarations", "Declaration"],
  ["signatures", "Signature"],
  ["roadmaps", "Roadmap"],
  ["goals", "Goal"],
  ["purchasePackages", "PurchasePackage"],
  ["tracks", "Track"],
  ["criteria", "Criterion"],
  ["mviLinks", "MviLink"],
  ["indicatorDefinitions", "IndicatorDefinition"],
  ["observations", "Observation"],
  ["procurements", "Procurement"],
]);
