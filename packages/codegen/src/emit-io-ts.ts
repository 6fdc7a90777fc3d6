import { banner, type GeneratedFile } from "./banner.ts";
import { jsdoc } from "./doc.ts";
import type { Model, Node, Property, StringNode } from "./model.ts";
import { literal, propertyKey, regexLiteral } from "./ts-literal.ts";

/** io-ts codecs, one exported const and type per named type, in dependency order. */
export function emitIoTs(model: Model): GeneratedFile {
  const helpers = new Set<string>();
  const declarations = model.definitions.map(
    (d) =>
      `${jsdoc(d.doc)}export const ${d.name} = ${ioTsNode(d.node, "", helpers)};\n` +
      `export type ${d.name} = t.TypeOf<typeof ${d.name}>;`,
  );
  const imports = ['import * as t from "io-ts";'];
  if (helpers.size > 0) imports.push(`import { ${[...helpers].sort().join(", ")} } from "../runtime/index.ts";`);
  return {
    path: "packages/io-ts/src/generated/codecs.ts",
    content: `${banner}\n${imports.join("\n")}\n\n${declarations.join("\n\n")}\n`,
  };
}

/** The io-ts expression of one node; `helpers` collects the runtime combinators it uses. */
export function ioTsNode(node: Node, indent: string, helpers: Set<string>): string {
  const use = (helper: string): string => {
    helpers.add(helper);
    return helper;
  };
  switch (node.kind) {
    case "ref":
      return node.name;
    case "string":
      return ioTsString(node, use);
    case "enum":
      return `${use("stringEnum")}([${node.values.map(literal).join(", ")}])`;
    case "const":
      return node.value === null ? "t.null" : `t.literal(${literal(node.value)})`;
    case "integer":
      return `${use("integer")}(${literal(node.minimum)}, ${literal(node.maximum)})`;
    case "number":
      return `${use("finiteNumber")}(${options({ minimum: node.minimum, maximum: node.maximum })})`;
    case "boolean":
      return "t.boolean";
    case "null":
      return "t.null";
    case "array": {
      const bounds = options({
        minItems: node.minItems,
        maxItems: node.maxItems,
        uniqueItems: node.uniqueItems ? true : undefined,
      });
      return `${use("boundedArray")}(${ioTsNode(node.items, indent, helpers)}${bounds === "" ? "" : `, ${bounds}`})`;
    }
    case "object": {
      const required = node.properties.filter((p) => p.required);
      const optional = node.properties.filter((p) => !p.required);
      const props = (list: readonly Property[]): string => {
        if (list.length === 0) return "{}";
        const inner = `${indent}  `;
        const lines = list.map(
          (p) => `${jsdoc(p.doc, inner)}${inner}${propertyKey(p.name)}: ${ioTsNode(p.node, inner, helpers)},`,
        );
        return `{\n${lines.join("\n")}\n${indent}}`;
      };
      return `${use("strictObject")}(${props(required)}${optional.length === 0 ? "" : `, ${props(optional)}`})`;
    }
    case "anyOf": {
      const variants = node.variants.map((variant) => ioTsNode(variant, indent, helpers));
      return variants.length === 1 ? (variants[0] as string) : `t.union([${variants.join(", ")}])`;
    }
  }
}

function ioTsString(node: StringNode, use: (helper: string) => string): string {
  const bounds = options({
    minLength: node.minLength,
    maxLength: node.maxLength,
    pattern: node.pattern === undefined ? undefined : regexLiteral(node.pattern),
  });
  if (node.format === "date") return `${use("calendarDate")}(${bounds})`;
  if (node.format === "date-time") return `${use("dateTime")}(${bounds})`;
  return bounds === "" ? "t.string" : `${use("boundedString")}(${bounds})`;
}

/** An options object literal of the defined entries ("" when none); string values are already source. */
function options(entries: Record<string, number | boolean | string | undefined>): string {
  const defined = Object.entries(entries).filter(([, value]) => value !== undefined);
  if (defined.length === 0) return "";
  return `{ ${defined.map(([key, value]) => `${key}: ${typeof value === "string" ? value : literal(value as number | boolean)}`).join(", ")} }`;
}
