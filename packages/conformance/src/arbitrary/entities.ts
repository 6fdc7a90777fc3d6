import type { EntityName } from "@mra-circulair/schema";
import type fc from "fast-check";
import { entityFiles, schemas } from "../bundle.ts";
import { type SchemaNode, SchemaTree } from "./schema-tree.ts";
import { type Mutant, TypedMutations } from "./typed-mutation.ts";
import { validValue } from "./valid.ts";

const tree = new SchemaTree(schemas);
const roots = new Map<EntityName, SchemaNode>();

/** The schema tree of an entity, compiled from the bundle with every $ref resolved. */
export function entityTree(entity: EntityName): SchemaNode {
  let root = roots.get(entity);
  if (root === undefined) {
    root = tree.file(entityFiles[entity]);
    roots.set(entity, root);
  }
  return root;
}

let mutations: TypedMutations | undefined;

/** The tree of a named definition of the bundle. */
export function definitionTree(file: string, name: string): SchemaNode {
  return tree.definition(file, name);
}

/** Typed mutations that avoid every code of the bundle. */
export function typedMutations(): TypedMutations {
  // every tree must be compiled first, so that the set of codes to avoid is complete
  for (const name of Object.keys(entityFiles) as EntityName[]) entityTree(name);
  mutations ??= new TypedMutations(tree.codes);
  return mutations;
}

/** Documents of the entity that the schema accepts. */
export function validDocument(entity: EntityName): fc.Arbitrary<unknown> {
  return validValue(entityTree(entity));
}

/** Documents of the entity with one typed mutation that the schema must reject. */
export function mutatedDocument(entity: EntityName): fc.Arbitrary<Mutant> {
  return typedMutations().of(entityTree(entity));
}
