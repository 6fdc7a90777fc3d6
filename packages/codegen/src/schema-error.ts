import { formatPointer } from "./json-pointer.ts";

/** A schema or codelist file that the generator refuses, located by file and JSON pointer. */
export class SchemaError extends Error {
  readonly file: string;
  readonly pointer: string;

  constructor(file: string, path: readonly string[], reason: string) {
    const pointer = formatPointer(path);
    super(`${file}#${pointer}: ${reason}`);
    this.name = "SchemaError";
    this.file = file;
    this.pointer = pointer;
  }
}
