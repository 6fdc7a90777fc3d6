export type * from "./generated/codelists.js";
export type * from "./generated/types.js";
