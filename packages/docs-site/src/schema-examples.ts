import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { entityNames } from "@mra-circulair/schema";
import { repoRoot } from "./paths.ts";
import {
  alternativesOf,
  type DefinitionRef,
  definitionNode,
  isNode,
  propertiesOf,
  resolveRef,
  type SchemaNode,
} from "./schema-nodes.ts";

/** A valid document of the conformance corpus, which the conformance tests keep valid. */
export interface ValidDocument {
  readonly entity: string;
  /** Its path in the repository. */
  readonly path: string;
  readonly document: unknown;
}

const VALID_DIR = "schemas/conformance/valid";

/** Every valid document of the conformance corpus, by file name. */
export function validDocuments(): ValidDocument[] {
  return readdirSync(join(repoRoot, VALID_DIR))
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const { entity, document } = JSON.parse(readFileSync(join(repoRoot, VALID_DIR, file), "utf8")) as ValidDocument;
      return { entity, document, path: `${VALID_DIR}/${file}` };
    });
}

const keyOf = (ref: DefinitionRef) => `${ref.file}#${ref.name}`;

// the branch of an anyOf a value takes: the one whose const properties it has
function branchOf(file: string, node: SchemaNode, value: unknown): { file: string; node: SchemaNode } | undefined {
  if (!isNode(value)) return undefined;
  for (const alternative of alternativesOf(node)) {
    const ref = typeof alternative.$ref === "string" ? resolveRef(file, alternative.$ref) : undefined;
    const target = ref === undefined ? alternative : definitionNode(ref);
    const consts = propertiesOf(target).filter((property) => "const" in property.node);
    if (consts.length > 0 && consts.every((property) => value[property.name] === property.node.const)) {
      return { file: ref?.file ?? file, node: alternative };
    }
  }
  return undefined;
}

/**
 * For each object definition ("procurement.schema.json#", "common.schema.json#Money"), the first value each of its
 * properties takes in the valid documents: real examples for properties whose schema has none.
 */
export function collectExamples(
  documents: readonly ValidDocument[],
): ReadonlyMap<string, ReadonlyMap<string, unknown>> {
  const found = new Map<string, Map<string, unknown>>();
  const walk = (file: string, key: string, node: SchemaNode, value: unknown): void => {
    if (typeof node.$ref === "string") {
      const ref = resolveRef(file, node.$ref);
      walk(ref.file, keyOf(ref), definitionNode(ref), value);
      return;
    }
    if (alternativesOf(node).length > 0) {
      const branch = branchOf(file, node, value);
      if (branch) walk(branch.file, key, branch.node, value);
      return;
    }
    if (Array.isArray(value) && isNode(node.items)) {
      for (const item of value) walk(file, key, node.items, item);
      return;
    }
    if (!isNode(value) || !isNode(node.properties)) return;
    let values = found.get(key);
    if (values === undefined) {
      values = new Map();
      found.set(key, values);
    }
    for (const property of propertiesOf(node)) {
      if (!Object.hasOwn(value, property.name)) continue;
      if (!values.has(property.name)) values.set(property.name, value[property.name]);
      walk(file, key, property.node, value[property.name]);
    }
  };
  const files: Readonly<Record<string, string>> = entityNames;
  for (const { entity, document } of documents) {
    const file = files[entity];
    if (file !== undefined) walk(file, keyOf({ file, name: "" }), definitionNode({ file, name: "" }), document);
  }
  return found;
}
