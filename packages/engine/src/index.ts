export { formatOf, type InputFormat } from "./formats.ts";
export { registry } from "./registry.ts";
export { schemaCodes } from "./schema-codes.ts";
export {
  createValidationSession,
  type FileInput,
  type ValidationSession,
  type ValidationSessionOptions,
} from "./session.ts";
export type { BatchToCheck, CheckerReply, CheckerSetup } from "./workers/protocol.ts";
export { type CheckerThread, ValidationThreadError, type ValidationThreads } from "./workers/threads.ts";
