export * from "./generated/codecs.js";
