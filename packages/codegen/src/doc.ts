import type { Doc } from "./model.ts";

/** The comment text of a node: English description, Dutch label and deprecation. */
export function docText(doc: Doc): string | undefined {
  const label = doc.nlTitle === undefined ? undefined : `(nl: ${doc.nlTitle})`;
  const text = [doc.description, label].filter((part) => part !== undefined).join(" ");
  const parts = [text, doc.deprecated ? "@deprecated" : ""].filter((part) => part !== "");
  return parts.length === 0 ? undefined : parts.join("\n\n");
}

/** A JSDoc block at the given indentation, or "" when there is nothing to say. */
export function jsdoc(doc: Doc, indent = ""): string {
  const text = docText(doc);
  if (text === undefined) return "";
  const lines = text.replaceAll("*/", "*\\/").split("\n");
  if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
  return `${indent}/**\n${lines.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n")}\n${indent} */\n`;
}
