import { dependencyOrder } from "./dependency-order.ts";
import type { Definition, Model, Node } from "./model.ts";
import { entityName, isPascalCase } from "./names.ts";
import { annotationKeywords, asObject, readDoc, readNode, rootKeywords } from "./read-node.ts";
import { SchemaError } from "./schema-error.ts";

/** One parsed file from schemas/. */
export interface SourceFile {
  readonly file: string;
  readonly json: unknown;
}

interface Named {
  readonly name: string;
  readonly file: string;
  readonly path: readonly string[];
  readonly schema: unknown;
  readonly isRoot: boolean;
}

const draft2020 = "https://json-schema.org/draft/2020-12/schema";

/** Reads every entity and $defs entry of the schema files into one model, in dependency order. */
export function readModel(files: readonly SourceFile[]): Model {
  const sorted = [...files].sort((a, b) => compare(a.file, b.file));
  const fileById = new Map<string, string>();
  const idByFile = new Map<string, string>();
  const named: Named[] = [];
  const nameAt = new Map<string, string>();
  const entities = new Map<string, string>();

  for (const { file, json } of sorted) {
    const root = asObject(json) ?? fail(file, [], "a schema file must hold a JSON object");
    const id = readRoot(file, root);
    fileById.set(id, file);
    idByFile.set(file, id);
    const rootName = entityName(file) ?? fail(file, [], "schema file names are kebab-case and end in .schema.json");
    // a root with only annotations and $defs (common.schema.json) is no entity; anything else is read as one
    if (Object.keys(root).some((key) => !annotationKeywords.has(key) && !rootKeywords.has(key))) {
      named.push({ name: rootName, file, path: [], schema: root, isRoot: true });
      entities.set(rootName, file);
    } else {
      readDoc(root, [], file);
    }
    const defs = "$defs" in root ? asObject(root.$defs) : {};
    if (defs === undefined) return fail(file, ["$defs"], "$defs must be an object");
    for (const [name, schema] of Object.entries(defs)) {
      if (!isPascalCase(name)) fail(file, ["$defs", name], "a $defs name must be PascalCase");
      named.push({ name, file, path: ["$defs", name], schema, isRoot: false });
    }
  }
  const byName = new Map<string, Named>();
  for (const entry of named) {
    const first = byName.get(entry.name);
    if (first !== undefined) fail(entry.file, entry.path, `the name ${entry.name} is already taken by ${first.file}`);
    byName.set(entry.name, entry);
    nameAt.set(`${entry.file}#${entry.path.map((s) => `/${s}`).join("")}`, entry.name);
  }

  const deferred: Array<(isString: (node: Node) => boolean) => void> = [];
  const definitions = named.map((entry): Definition => {
    const resolveRef = (ref: string): string | undefined => {
      let url: URL;
      try {
        url = new URL(ref, idByFile.get(entry.file));
      } catch {
        return undefined;
      }
      const target = fileById.get(url.href.replace(/#.*$/, ""));
      const fragment = decodeURIComponent(url.hash.replace(/^#/, ""));
      return target === undefined ? undefined : nameAt.get(`${target}#${fragment}`);
    };
    const context = {
      file: entry.file,
      resolveRef,
      afterwards: (check: (typeof deferred)[number]) => deferred.push(check),
    };
    const node = readNode(entry.schema, entry.path, context, entry.isRoot);
    const doc = readDoc(entry.schema as Record<string, unknown>, entry.path, entry.file);
    return { name: entry.name, file: entry.file, path: entry.path, node, doc };
  });
  const nodes = new Map(definitions.map((definition) => [definition.name, definition.node]));
  const isString = (node: Node, seen = new Set<string>()): boolean => {
    if (node.kind === "ref") {
      if (seen.has(node.name)) return false;
      const target = nodes.get(node.name);
      return target !== undefined && isString(target, new Set([...seen, node.name]));
    }
    if (node.kind === "anyOf") return node.variants.every((variant) => isString(variant, seen));
    return node.kind === "string" || node.kind === "enum" || (node.kind === "const" && typeof node.value === "string");
  };
  for (const check of deferred) check(isString);

  return {
    definitions: dependencyOrder(definitions),
    entities: new Map([...entities].sort(([, a], [, b]) => compare(a, b))),
  };
}

/** Checks the root keywords and returns the file's $id. */
function readRoot(file: string, root: Readonly<Record<string, unknown>>): string {
  if ("$schema" in root && root.$schema !== draft2020) fail(file, ["$schema"], `$schema must be ${draft2020}`);
  const id = root.$id;
  if (typeof id !== "string" || !id.endsWith(`/${file}`)) {
    return fail(file, ["$id"], `$id must be an absolute URL ending in /${file}`);
  }
  try {
    return new URL(id).href;
  } catch {
    return fail(file, ["$id"], "$id must be an absolute URL");
  }
}

function fail(file: string, path: readonly string[], reason: string): never {
  throw new SchemaError(file, path, reason);
}

/** Code-unit order, so that the output does not depend on the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
