import { Ajv2020, type AnySchemaObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { ajvOptions } from "./ajv-options.ts";
import { annotationKeywords } from "./annotation-keywords.ts";
import { isFullDate } from "./full-date.ts";
import { exceptionResult, fromAjvErrors, type ValidationResult } from "./validation-result.ts";

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object
const addFormats = addFormatsModule.default;

/** The schemas a validator is built from, in the shape of the generated bundle. */
export interface SchemaSource<Entity extends string = string> {
  /** Every schema file by file name, each verbatim. */
  readonly schemas: Readonly<Record<string, object>>;
  /** The schema file of each entity, by its TypeScript name. */
  readonly entityNames: Readonly<Record<Entity, string>>;
}

/** Validates values against the schemas of one source; see {@link createValidator}. */
export interface Validator<Entity extends string = string> {
  /** Validates a value as the named entity. Never throws on data. */
  validate(entity: Entity, value: unknown): ValidationResult;
  /** Validates a value against any schema by absolute URI or by file name with a fragment (common.schema.json#/$defs/CalendarDate). */
  validateRef(ref: string, value: unknown): ValidationResult;
  /** The ajv instance, created on first use. */
  ajv(): Ajv2020;
}

const SCHEMA_BASE = "https://mra-circulair.nl/schema/1.0/";

function createAjv(schemas: Readonly<Record<string, object>>): Ajv2020 {
  const ajv = new Ajv2020({ ...ajvOptions });
  // full mode checks the calendar: 2023-02-30 is not a date; "date" the same way without a regular expression
  addFormats(ajv, { mode: "full", formats: ["date-time"], keywords: false });
  ajv.addFormat("date", isFullDate);
  for (const definition of annotationKeywords) ajv.addKeyword(definition);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema as AnySchemaObject);
  return ajv;
}

function run(validateFunction: ValidateFunction, value: unknown): ValidationResult {
  try {
    if (validateFunction(value)) return { valid: true };
    return { valid: false, errors: fromAjvErrors(validateFunction.errors ?? []) };
  } catch (cause) {
    // a value nested thousands deep overflows the stack in ajv's recursive code; report it, never rethrow
    return exceptionResult(cause);
  }
}

/** Builds a validator over the given schemas. ajv is created, and each entity compiled, once and only when first needed. */
export function createValidator<Entity extends string>(source: SchemaSource<Entity>): Validator<Entity> {
  let instance: Ajv2020 | undefined;
  const compiled = new Map<string, ValidateFunction>();
  const ajv = (): Ajv2020 => {
    instance ??= createAjv(source.schemas);
    return instance;
  };
  const compile = (key: string): ValidateFunction => {
    let validateFunction = compiled.get(key);
    if (validateFunction === undefined) {
      validateFunction = ajv().getSchema(key);
      if (validateFunction === undefined) throw new RangeError(`no schema ${key}`);
      compiled.set(key, validateFunction);
    }
    return validateFunction;
  };
  return {
    validate(entity, value) {
      if (typeof entity !== "string" || !Object.hasOwn(source.entityNames, entity)) {
        throw new RangeError(`unknown entity ${String(entity)}`);
      }
      const file = source.entityNames[entity];
      const schema: { $id?: unknown } | undefined = Object.hasOwn(source.schemas, file)
        ? source.schemas[file]
        : undefined;
      if (typeof schema?.$id !== "string") throw new RangeError(`no schema with an $id for entity ${entity}`);
      return run(compile(schema.$id), value);
    },
    validateRef(ref, value) {
      return run(compile(new URL(ref, SCHEMA_BASE).href), value);
    },
    ajv,
  };
}
