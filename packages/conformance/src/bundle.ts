import { entityNames as bundledEntityNames, schemas as bundledSchemas, type EntityName } from "@mra-circulair/schema";

/** Every schema file by file name, as the generated bundle holds it. */
export const schemas: Readonly<Record<string, unknown>> = bundledSchemas;

/** The schema file of each entity by its TypeScript name. */
export const entityFiles: Readonly<Record<EntityName, string>> = bundledEntityNames;

/** Every entity name, sorted. */
export const entityNames: readonly EntityName[] = (Object.keys(entityFiles) as EntityName[]).sort();

/** The file-name stem of an entity (purchase-package for PurchasePackage). */
export function entityStem(entity: EntityName): string {
  return entityFiles[entity].replace(/\.schema\.json$/, "");
}
