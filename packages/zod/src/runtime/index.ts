export { codePoints } from "./code-points.js";
export { uniqueItems } from "./unique-items.js";
