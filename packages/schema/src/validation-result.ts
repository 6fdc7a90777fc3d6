import type { ErrorObject } from "ajv/dist/2020.js";
import { appendPointer } from "./json-pointer.ts";

/** One reason why a value does not conform. */
export interface ValidationError {
  /** JSON Pointer (RFC 6901) into the validated value; "" is the value itself. */
  readonly pointer: string;
  /** The JSON Schema keyword that failed, or "exception" when validation itself failed. */
  readonly keyword: string;
  /** A short English message; it never repeats the value. */
  readonly message: string;
  /** Details of the failure, as ajv reports them (for example the missing or additional property). */
  readonly params: Readonly<Record<string, unknown>>;
  /** Where in the schema the failing keyword is, as a URI fragment ("#/properties/rStrategy/anyOf/0/..."). */
  readonly schemaPath: string;
}

/** The verdict on a value: valid, or invalid with at least one error. */
export type ValidationResult =
  | { readonly valid: true }
  | { readonly valid: false; readonly errors: readonly ValidationError[] };

/** Converts ajv errors into validation errors; an additional property is reported at its own pointer. */
export function fromAjvErrors(errors: readonly ErrorObject[]): ValidationError[] {
  return errors.map((error) => {
    const params: Record<string, unknown> = { ...error.params };
    const extra = error.keyword === "additionalProperties" ? params.additionalProperty : undefined;
    return {
      pointer: typeof extra === "string" ? appendPointer(error.instancePath, extra) : error.instancePath,
      keyword: error.keyword,
      message: error.message ?? `must pass the ${error.keyword} keyword`,
      params,
      schemaPath: error.schemaPath,
    };
  });
}

/** The result for a validation that threw, such as a RangeError on a value nested too deeply. */
export function exceptionResult(cause: unknown): ValidationResult {
  const name = cause instanceof Error ? cause.name : typeof cause;
  const detail = cause instanceof Error ? cause.message : "a non-Error value was thrown";
  return {
    valid: false,
    errors: [
      {
        pointer: "",
        keyword: "exception",
        message: `validation failed with ${name}: ${detail}`,
        params: { name },
        schemaPath: "",
      },
    ],
  };
}
