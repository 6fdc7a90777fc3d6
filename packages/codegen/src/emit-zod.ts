import { banner, type GeneratedFile } from "./banner.ts";
import { jsdoc } from "./doc.ts";
import type { Model, Node, StringNode } from "./model.ts";
import { literal, propertyKey, regexLiteral } from "./ts-literal.ts";

/** zod 4 schemas, one exported const and type per named type, in dependency order. */
export function emitZod(model: Model): GeneratedFile {
  const helpers = new Set<string>();
  const declarations = model.definitions.map(
    (d) =>
      `${jsdoc(d.doc)}export const ${d.name} = ${zodNode(d.node, "", helpers)};\n` +
      `export type ${d.name} = z.infer<typeof ${d.name}>;`,
  );
  const imports = ['import { z } from "zod";'];
  if (helpers.size > 0) imports.push(`import { ${[...helpers].sort().join(", ")} } from "../runtime/index.ts";`);
  return {
    path: "packages/zod/src/generated/schemas.ts",
    content: `${banner}\n${imports.join("\n")}\n\n${declarations.join("\n\n")}\n`,
  };
}

/** The zod expression of one node; `helpers` collects the runtime helpers it uses. */
export function zodNode(node: Node, indent: string, helpers: Set<string>): string {
  switch (node.kind) {
    case "ref":
      return node.name;
    case "string":
      return zodString(node, helpers);
    case "enum":
      return `z.enum([${node.values.map(literal).join(", ")}])`;
    case "const":
      return `z.literal(${literal(node.value)})`;
    case "integer":
      // z.int() admits safe integers only, which the bounds (within ±(2^53−1)) make no stricter than ajv
      return `z.int().min(${literal(node.minimum)}).max(${literal(node.maximum)})`;
    case "number":
      return `z.number()${bound("min", node.minimum)}${bound("max", node.maximum)}`;
    case "boolean":
      return "z.boolean()";
    case "null":
      return "z.null()";
    case "array": {
      if (node.uniqueItems) helpers.add("uniqueItems");
      const unique = node.uniqueItems ? ".check(uniqueItems())" : "";
      return `z.array(${zodNode(node.items, indent, helpers)})${bound("min", node.minItems)}${bound("max", node.maxItems)}${unique}`;
    }
    case "object": {
      if (node.properties.length === 0) return "z.strictObject({})";
      const inner = `${indent}  `;
      const lines = node.properties.map((p) => {
        const value = zodNode(p.node, inner, helpers);
        return `${jsdoc(p.doc, inner)}${inner}${propertyKey(p.name)}: ${p.required ? value : `z.exactOptional(${value})`},`;
      });
      return `z.strictObject({\n${lines.join("\n")}\n${indent}})`;
    }
    case "anyOf": {
      const variants = node.variants.map((variant) => zodNode(variant, indent, helpers));
      return variants.length === 1 ? (variants[0] as string) : `z.union([${variants.join(", ")}])`;
    }
  }
}

function zodString(node: StringNode, helpers: Set<string>): string {
  const base =
    node.format === "date"
      ? "z.iso.date()"
      : node.format === "date-time"
        ? "z.iso.datetime({ offset: true })"
        : "z.string()";
  // lengths count code points, as in ajv, and are checked before the pattern so a long string never reaches it
  const lengths = [
    node.minLength === undefined ? "" : `min: ${node.minLength}`,
    node.maxLength === undefined ? "" : `max: ${node.maxLength}`,
  ].filter((part) => part !== "");
  if (lengths.length > 0) helpers.add("codePoints");
  const length = lengths.length === 0 ? "" : `.check(codePoints({ ${lengths.join(", ")} }))`;
  const pattern = node.pattern === undefined ? "" : `.regex(${regexLiteral(node.pattern)})`;
  return `${base}${length}${pattern}`;
}

function bound(method: "min" | "max", value: number | undefined): string {
  return value === undefined ? "" : `.${method}(${literal(value)})`;
}
