import { banner, type GeneratedFile } from "./banner.ts";
import { jsdoc } from "./doc.ts";
import { codelistTypeName } from "./names.ts";
import type { Codelist } from "./read-codelists.ts";
import { literal } from "./ts-literal.ts";

/** A string-literal union per codelist. */
export function emitCodelistTypes(codelists: readonly Codelist[]): GeneratedFile {
  const declarations = codelists.map((codelist) => {
    const deprecated = codelist.codes.filter((c) => c.deprecated).map((c) => c.code);
    const name = codelist.title.nl === undefined ? title(codelist) : `${title(codelist)} (nl: ${codelist.title.nl})`;
    const description = [
      `${name}.`,
      codelist.open ? "Open list: data may also hold codes outside it." : "Closed list.",
      deprecated.length === 0 ? "" : `Deprecated codes: ${deprecated.join(", ")}.`,
    ]
      .filter((part) => part !== "")
      .join(" ");
    const doc = jsdoc({ description, deprecated: false });
    const union = codelist.codes.map((c) => `  | ${literal(c.code)}`).join("\n");
    return `${doc}export type ${codelistTypeName(codelist.id)} =\n${union};`;
  });
  return { path: "packages/types/src/generated/codelists.ts", content: `${banner}\n${declarations.join("\n\n")}\n` };
}

function title(codelist: Codelist): string {
  return codelist.title.en ?? codelist.id;
}
