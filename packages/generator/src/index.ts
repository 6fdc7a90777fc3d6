export { generateDataset } from "./dataset.ts";
export { generateNdjsonLines } from "./ndjson.ts";
export type { GenerateOptions } from "./options.ts";
export { generateRecords } from "./records.ts";
