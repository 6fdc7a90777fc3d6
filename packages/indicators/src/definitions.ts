import { referenceDataset } from "@mra-circulair/reference";
import type { IndicatorDefinition } from "@mra-circulair/types";

/**
 * The IndicatorDefinitions the engine computes, from the reference data: the headline indicators and every
 * breakdown member of a codelist. The definitions of per-package adoption are made per dataset and come with the
 * results.
 */
export const indicatorDefinitions: readonly IndicatorDefinition[] = referenceDataset.indicatorDefinitions ?? [];
