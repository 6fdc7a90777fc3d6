import type { ValidationError } from "@mra-circulair/schema";
import { isAtOrBelow, splitPointer } from "./json-pointer.ts";

/**
 * Whether the error concerns the value at the pointer: it lies at or below it, or it is a "required" error at the
 * parent that names the missing property (an additional property is already reported at its own pointer).
 */
export function concerns(error: ValidationError, pointer: string): boolean {
  if (isAtOrBelow(error.pointer, pointer)) return true;
  const split = splitPointer(pointer);
  return (
    split !== undefined &&
    error.keyword === "required" &&
    error.pointer === split.parent &&
    error.params.missingProperty === split.token
  );
}

/** Whether ajv reported an error that concerns the value at the pointer. */
export function reportsAt(errors: readonly ValidationError[], pointer: string): boolean {
  return errors.some((error) => error.keyword !== "exception" && concerns(error, pointer));
}

/**
 * The errors that do not follow from one failure at the pointer. An error follows when it concerns the pointer, or
 * when it lies inside an anyOf that failed at the pointer or above it: there ajv also reports why each other variant
 * did not match.
 */
export function unrelatedErrors(errors: readonly ValidationError[], pointer: string): ValidationError[] {
  const anyOfs = errors
    .filter((error) => error.keyword === "anyOf" && isAtOrBelow(pointer, error.pointer))
    .map((error) => error.pointer);
  return errors.filter(
    (error) => !concerns(error, pointer) && !anyOfs.some((anyOf) => isAtOrBelow(error.pointer, anyOf)),
  );
}
