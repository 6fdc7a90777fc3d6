import { compare, type SourceFile } from "./read-model.ts";
import { asObject } from "./read-node.ts";
import { SchemaError } from "./schema-error.ts";

/** The parts of a codelist file the generator uses. */
export interface Codelist {
  readonly id: string;
  readonly file: string;
  readonly open: boolean;
  readonly title: { readonly en?: string; readonly nl?: string };
  readonly codes: readonly { readonly code: string; readonly deprecated: boolean }[];
  /** The file as written, without "$schema". */
  readonly data: Readonly<Record<string, unknown>>;
}

/** Reads the codelist files, in id order, refusing files the generated code could not represent. */
export function readCodelists(files: readonly SourceFile[]): Codelist[] {
  const codelists = files.map(({ file, json }): Codelist => {
    const fail = (path: readonly string[], reason: string): never => {
      throw new SchemaError(`codelists/${file}`, path, reason);
    };
    const root = asObject(json) ?? fail([], "a codelist file must hold a JSON object");
    const id = root.id;
    if (typeof id !== "string" || `${id}.json` !== file) return fail(["id"], `id must be the file name without .json`);
    if (typeof root.open !== "boolean") fail(["open"], "open must be a boolean");
    const title = asObject(root.title) ?? fail(["title"], "title must be an object with nl and en");
    const codes = root.codes;
    if (!Array.isArray(codes) || codes.length === 0) return fail(["codes"], "codes must be a non-empty array");
    const seen = new Set<string>();
    const read = codes.map((entry, i) => {
      const code = asObject(entry)?.code;
      if (typeof code !== "string") return fail(["codes", String(i), "code"], "code must be a string");
      if (seen.has(code)) fail(["codes", String(i), "code"], `code "${code}" appears twice`);
      seen.add(code);
      return { code, deprecated: asObject(entry)?.deprecated === true };
    });
    const { $schema, ...data } = root;
    return {
      id,
      file,
      open: root.open as boolean,
      title: { ...text(title.en, "en"), ...text(title.nl, "nl") },
      codes: read,
      data,
    };
  });
  return codelists.sort((a, b) => compare(a.id, b.id));
}

function text(value: unknown, key: "en" | "nl"): { en?: string } | { nl?: string } {
  return typeof value === "string" ? { [key]: value } : {};
}
