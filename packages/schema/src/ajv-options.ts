import type { Options } from "ajv/dist/2020.js";

/**
 * The ajv options the validator is built with. Locked by a snapshot test: each one keeps untrusted data from
 * changing the verdict (no coercion, defaults or removal), from supplying schema parts ($data) or from passing
 * NaN or Infinity as numbers. allErrors is safe here because every bundled pattern and format has a maxLength
 * and every array a maxItems, which the convention tests enforce. `code.optimize: 0` skips ajv's passes over
 * the generated source text (dropping unused names, folding constants): the same checks run in the same order,
 * so every verdict and error is the same, and compiling takes about a third less time (each validation thread
 * compiles the schemas anew) while validating takes about as long.
 */
export const ajvOptions: Readonly<Options> = Object.freeze({
  strict: true,
  strictNumbers: true,
  strictSchema: true,
  strictTypes: true,
  strictTuples: true,
  strictRequired: true,
  allErrors: true,
  $data: false,
  coerceTypes: false,
  useDefaults: false,
  removeAdditional: false,
  unicodeRegExp: true,
  validateFormats: true,
  validateSchema: true,
  code: Object.freeze({ optimize: 0 }),
});
