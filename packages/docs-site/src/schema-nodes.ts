import { schemas } from "@mra-circulair/schema";
import type { Bilingual } from "./language.ts";

/** A node of a JSON Schema as the bundle holds it. */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** Where a definition lives: a schema file and a $defs name, "" for the root. */
export interface DefinitionRef {
  readonly file: string;
  readonly name: string;
}

export const isNode = (value: unknown): value is SchemaNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The schema files of the standard, by file name. */
export const schemaFiles: Readonly<Record<string, SchemaNode>> = schemas as unknown as Record<string, SchemaNode>;

/** The node a definition ref names; throws for a ref that does not resolve, which the schema tests rule out. */
export function definitionNode(ref: DefinitionRef): SchemaNode {
  const root = schemaFiles[ref.file];
  const defs = root?.$defs;
  const node = ref.name === "" ? root : isNode(defs) ? defs[ref.name] : undefined;
  if (!isNode(node)) throw new Error(`no schema definition ${ref.file}#${ref.name}`);
  return node;
}

/** The definition a `$ref` in `file` points at: "#/$defs/X", "common.schema.json#/$defs/Y" or "target.schema.json". */
export function resolveRef(file: string, ref: string): DefinitionRef {
  const [address = "", fragment = ""] = ref.split("#", 2);
  const name = fragment.startsWith("/$defs/") ? fragment.slice("/$defs/".length) : "";
  return { file: address === "" ? file : (address.split("/").at(-1) ?? address), name };
}

/** The English title and description of a node with the Dutch ones from x-nl. */
export function textsOf(node: SchemaNode): { readonly title: Bilingual; readonly description: Bilingual } {
  const nl = isNode(node["x-nl"]) ? node["x-nl"] : {};
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    title: { en: text(node.title), nl: text(nl.title) },
    description: { en: text(node.description), nl: text(nl.description) },
  };
}

/** The properties of an object node, in schema order, with whether each is required. */
export function propertiesOf(node: SchemaNode): { name: string; node: SchemaNode; required: boolean }[] {
  const properties = isNode(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required : []);
  return Object.entries(properties).flatMap(([name, child]) =>
    isNode(child) ? [{ name, node: child, required: required.has(name) }] : [],
  );
}

/** The alternatives of an anyOf node; empty for any other node. */
export const alternativesOf = (node: SchemaNode): SchemaNode[] =>
  Array.isArray(node.anyOf) ? node.anyOf.filter(isNode) : [];
