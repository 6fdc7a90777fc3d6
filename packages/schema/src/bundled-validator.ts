import { entityNames, schemas } from "./generated/bundle.ts";
import type { ValidationResult } from "./validation-result.ts";
import { createValidator } from "./validator.ts";

/** The TypeScript name of an entity of the standard, such as "Organisation" or "PurchasePackage". */
export type EntityName = keyof typeof entityNames;

const validator = createValidator<EntityName>({ schemas, entityNames });

/**
 * Validates a value as the named entity against the bundled schemas. Returns every error, each with a JSON
 * Pointer into the value. Never throws on data: an exception during validation (such as a RangeError on a value
 * nested thousands deep) becomes an error with keyword "exception". Throws a RangeError for an unknown entity name.
 */
export function validate(entity: EntityName, value: unknown): ValidationResult {
  return validator.validate(entity, value);
}

/**
 * Validates a value against a named definition of a schema file, such as
 * "dataset.schema.json#/$defs/DatasetMeta". Never throws on data; throws a RangeError for an unknown reference.
 */
export function validateDefinition(ref: string, value: unknown): ValidationResult {
  return validator.validateRef(ref, value);
}
