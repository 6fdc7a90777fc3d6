import type { Dataset } from "@mra-circulair/types";
import data from "../data/mra-reference.dataset.json" with { type: "json" };

/**
 * The reference dataset: the signatories of the declaration of 20 June 2018 with their CBS codes,
 * subregions and mergers, the declaration's and roadmap's targets and the five priority purchase packages.
 * Every fact carries its source and evidence status. Validated against the schemas by this package's tests.
 */
// JSON imports widen string literals; the schema test is what guarantees the shape
export const referenceDataset: Dataset = data as unknown as Dataset;
