export { codePoints } from "./code-points.ts";
export { uniqueItems } from "./unique-items.ts";
