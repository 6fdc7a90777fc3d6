export type * from "./generated/codelists.ts";
export type * from "./generated/types.ts";
