/** The deepest nesting of containers in one record (G1). */
export const DEFAULT_MAX_DEPTH = 64;

/** The longest NDJSON line in bytes, without its line break (G18). */
export const DEFAULT_MAX_LINE_BYTES = 10 * 1024 * 1024;

/** The largest JSON document in bytes: about the longest string V8 can hold, 2^29 − 24 characters (G19). */
export const DEFAULT_MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;
