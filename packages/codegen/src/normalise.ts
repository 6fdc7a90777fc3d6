import { docText } from "./doc.ts";
import type { Doc, Model, Node } from "./model.ts";

export type JsonSchema = { [key: string]: unknown };

/**
 * One bundled schema holding every named type under $defs: each $ref is #/$defs/Name, only named
 * definitions carry a title, and comments are reduced to one description per node.
 */
export function normalise(model: Model, ref: RefSchema = localRef): { $defs: Record<string, JsonSchema> } {
  const $defs: Record<string, JsonSchema> = {};
  for (const definition of model.definitions) {
    $defs[definition.name] = { title: definition.name, ...withDoc(nodeSchema(definition.node, ref), definition.doc) };
  }
  return { $defs };
}

/** How a reference to a named type is written. */
export type RefSchema = (name: string) => JsonSchema;

const localRef: RefSchema = (name) => ({ $ref: `#/$defs/${name}` });

function nodeSchema(node: Node, ref: RefSchema): JsonSchema {
  switch (node.kind) {
    case "ref":
      return ref(node.name);
    case "anyOf":
      return { anyOf: node.variants.map((variant) => nodeSchema(variant, ref)) };
    case "enum":
      return { type: "string", enum: [...node.values] };
    case "const":
      return { const: node.value };
    case "array": {
      const { kind, items, uniqueItems, ...bounds } = node;
      return { type: "array", items: nodeSchema(items, ref), ...bounds, ...(uniqueItems ? { uniqueItems } : {}) };
    }
    case "object":
      return {
        type: "object",
        properties: Object.fromEntries(node.properties.map((p) => [p.name, withDoc(nodeSchema(p.node, ref), p.doc)])),
        required: node.properties.filter((p) => p.required).map((p) => p.name),
        additionalProperties: false,
      };
    default: {
      const { kind, ...keywords } = node;
      return { type: kind, ...keywords };
    }
  }
}

function withDoc(schema: JsonSchema, doc: Doc): JsonSchema {
  const description = docText(doc);
  return description === undefined ? schema : { ...schema, description };
}
