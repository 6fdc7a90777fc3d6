export * from "./generated/codecs.ts";
