import type { Options } from "ajv/dist/2020.js";

/**
 * The ajv options the validator is built with. Locked by a snapshot test: each one keeps untrusted data from
 * changing the verdict (no coercion, defaults or removal), from supplying schema parts ($data) or from passing
 * NaN or Infinity as numbers. allErrors is safe here because every bundled pattern and format has a maxLength
 * and every array a maxItems, which the convention tests enforce.
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
});
