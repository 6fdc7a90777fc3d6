// reads schemas/ from disk in the shape of the generated bundle, so tests check the files themselves

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const schemasDir = fileURLToPath(new URL("../../../schemas/", import.meta.url));
export const codelistsDir = fileURLToPath(new URL("../../../schemas/codelists/", import.meta.url));

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

function pascalCase(kebab: string): string {
  return kebab.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

export interface DiskBundle {
  /** Every schemas/*.schema.json by file name. */
  readonly schemas: Record<string, Record<string, unknown>>;
  /** Every schemas/codelists/*.json by file name, as written (with "$schema"). */
  readonly codelistFiles: Record<string, Record<string, unknown>>;
  /** The codelists by id without "$schema", as the generated bundle holds them. */
  readonly codelists: Record<string, Record<string, unknown>>;
  /** The schema file of each entity (a schema whose root is an object) by its TypeScript name. */
  readonly entityNames: Record<string, string>;
}

export function readDiskBundle(): DiskBundle {
  const schemas: Record<string, Record<string, unknown>> = {};
  const entityNames: Record<string, string> = {};
  for (const file of readdirSync(schemasDir)
    .filter((name) => name.endsWith(".schema.json"))
    .sort()) {
    const schema = readJson(`${schemasDir}${file}`) as Record<string, unknown>;
    schemas[file] = schema;
    if (schema.type === "object") entityNames[pascalCase(file.slice(0, -".schema.json".length))] = file;
  }
  const codelistFiles: Record<string, Record<string, unknown>> = {};
  for (const file of readdirSync(codelistsDir)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    codelistFiles[file] = readJson(`${codelistsDir}${file}`) as Record<string, unknown>;
  }
  // fromEntries defines own properties, so no id can reach a prototype
  const codelists = Object.fromEntries(
    Object.values(codelistFiles).map(({ $schema: _schema, ...rest }) => [String(rest.id), rest]),
  );
  return { schemas, codelistFiles, codelists, entityNames };
}
