import type { Finding } from "@mra-circulair/report";
import { META_ENTITY } from "@mra-circulair/schema";
import { metaMissing, metaNotFirst, metaRepeated } from "../json-codes.ts";

const NONE: readonly Finding[] = Object.freeze([]);

/**
 * The checks of an NDJSON file's meta line that need the lines before it: one meta line, the first record,
 * and there at all. Told of every record in file order, wherever the lines were parsed.
 */
export class MetaLines {
  readonly #file: string;
  #metaLine = 0;
  #recordSeen = false;

  constructor(file: string) {
    this.#file = file;
  }

  /** The findings about the meta line that a record of `entity` on `line` gives. */
  record(entity: string, line: number): readonly Finding[] {
    if (entity !== META_ENTITY) {
      this.#recordSeen = true;
      return NONE;
    }
    const site = { pointer: "", location: { file: this.#file, line }, entity };
    if (this.#metaLine > 0) return [metaRepeated.finding(site, { first: this.#metaLine })];
    this.#metaLine = line;
    return this.#recordSeen ? [metaNotFirst.finding(site, { line })] : NONE;
  }

  /** The findings once the whole file has been read. */
  end(): readonly Finding[] {
    return this.#metaLine === 0 ? [metaMissing.finding({ pointer: "", location: { file: this.#file } })] : NONE;
  }
}
