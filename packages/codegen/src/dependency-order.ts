import type { Definition, Node } from "./model.ts";
import { SchemaError } from "./schema-error.ts";

/** Orders definitions so that each comes after everything it refers to; refuses recursive $refs. */
export function dependencyOrder(definitions: readonly Definition[]): Definition[] {
  const byName = new Map(definitions.map((definition) => [definition.name, definition]));
  const done = new Set<string>();
  const ordered: Definition[] = [];
  const visit = (definition: Definition, trail: readonly string[]): void => {
    if (done.has(definition.name)) return;
    if (trail.includes(definition.name)) {
      const cycle = [...trail.slice(trail.indexOf(definition.name)), definition.name].join(" -> ");
      // zod and io-ts would need lazy codecs, and ajv, zod and io-ts overflow the stack at different depths
      throw new SchemaError(definition.file, definition.path, `recursive $ref (${cycle}) is not supported`);
    }
    for (const name of references(definition.node)) {
      const target = byName.get(name);
      if (target !== undefined) visit(target, [...trail, definition.name]);
    }
    done.add(definition.name);
    ordered.push(definition);
  };
  for (const definition of definitions) visit(definition, []);
  return ordered;
}

/** The names a node refers to, in document order. */
function references(node: Node): string[] {
  switch (node.kind) {
    case "ref":
      return [node.name];
    case "anyOf":
      return node.variants.flatMap(references);
    case "array":
      return references(node.items);
    case "object":
      return node.properties.flatMap((property) => references(property.node));
    default:
      return [];
  }
}
