// ECMA-376 part 1, 22.9.2.19 (ST_Xstring): a character XML 1.0 cannot hold is written _xHHHH_, and a literal
// "_xHHHH_" is written with its "_" escaped as _x005F_. write-excel-file drops such characters silently (and a
// CR would become LF in any XML reader), so the writer escapes them first; read-excel-file decodes the escapes.
const NONCHARACTER_HIGH =
  "\\uD83F\\uD87F\\uD8BF\\uD8FF\\uD93F\\uD97F\\uD9BF\\uD9FF\\uDA3F\\uDA7F\\uDABF\\uDAFF\\uDB3F\\uDB7F\\uDBBF\\uDBFF";
const NEEDS_ESCAPE = new RegExp(
  [
    "_(?=x[0-9A-Fa-f]{4}_)",
    "[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u0084\\u0086-\\u009F\\uFDD0-\\uFDEF\\uFFFD-\\uFFFF]",
    `[${NONCHARACTER_HIGH}][\\uDFFE\\uDFFF]`,
    "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])",
    "(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  ].join("|"),
  "g",
);

const unit = (code: number) => `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;

/**
 * A string as an XLSX text cell must hold it so that every reader gives back exactly this string. A string that
 * is the name of an Object.prototype member ("toString", "constructor", "__proto__", valid identifiers) gets its
 * first character escaped too: write-excel-file keys its shared-string table by plain object, and would look such
 * a string up on the prototype and write a function or an object as the string's index, which no reader can read.
 */
export function escapeXlsxText(text: string): string {
  const escaped = text.replace(NEEDS_ESCAPE, (match) =>
    Array.from({ length: match.length }, (_, i) => unit(match.charCodeAt(i))).join(""),
  );
  return Object.hasOwn(Object.prototype, escaped) ? unit(escaped.charCodeAt(0)) + escaped.slice(1) : escaped;
}
