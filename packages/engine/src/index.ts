export { formatOf, type InputFormat } from "./formats.ts";
export { registry } from "./registry.ts";
export { schemaCodes } from "./schema-codes.ts";
export {
  createValidationSession,
  type FileInput,
  type ValidationSession,
  type ValidationSessionOptions,
} from "./session.ts";
