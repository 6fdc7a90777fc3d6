import { datasetKeys } from "@mra-circulair/io";

/** The entities a CSV file can hold, by the names it is most often given: their dataset keys. */
export const tabularNames = () => [...datasetKeys()].join(", ");
