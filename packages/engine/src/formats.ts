/** The exchange formats the engine reads. */
export type InputFormat = "json" | "ndjson" | "csv" | "xlsx";

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  json: "json",
  ndjson: "ndjson",
  jsonl: "ndjson",
  csv: "csv",
  tsv: "csv",
  txt: "csv",
  xlsx: "xlsx",
};

/** The format of a file by its extension (.json, .ndjson or .jsonl, .csv, .xlsx); undefined when unknown. */
export function formatOf(file: string): InputFormat | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(file)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : BY_EXTENSION[extension];
}
