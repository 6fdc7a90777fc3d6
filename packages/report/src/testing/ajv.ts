import { createRequire } from "node:module";

/** The part of ajv's API the tests use. */
interface ValidateFunction {
  (data: unknown): boolean;
  errors?: unknown;
}

interface Ajv {
  compile(schema: object): ValidateFunction;
}

// this package has no dev dependencies of its own yet, so ajv comes from the schema package's
const requireFromSchema = createRequire(new URL("../../../schema/package.json", import.meta.url));
const { Ajv2020 } = requireFromSchema("ajv/dist/2020.js") as { Ajv2020: new (options: object) => Ajv };

/** A validator for a JSON Schema 2020-12, compiled in strict mode as the SDK compiles its own schemas. */
export function compileSchema(schema: object): ValidateFunction {
  return new Ajv2020({ strict: true, allErrors: true }).compile(schema);
}
