import { schemas } from "@mra-circulair/schema";

/** A title in English and in Dutch (from the schema's `title` and `x-nl.title`). */
export interface Titles {
  readonly en: string;
  readonly nl: string;
}

/** The JSON type of a value that fits one cell. */
export type LeafType = "string" | "integer" | "number" | "boolean";

/** A value that fits one cell: a string, number or boolean, with what the tabular forms need to know of it. */
export interface LeafNode {
  readonly kind: "leaf";
  readonly type: LeafType;
  /** An exact decimal string (Amount, Quantity, Percentage, ObservationValue), so that a decimal comma applies. */
  readonly decimal: boolean;
  readonly format?: "date" | "date-time";
  /** The allowed codes, from `enum` or `const` (for an anyOf, of every variant). */
  readonly codes?: readonly string[];
  /** The `x-codelist` of a coded property, and whether that list is open. */
  readonly codelist?: string;
  readonly openCodelist?: boolean;
  /** Whether no valid value is empty or holds ";" or whitespace, so that a list of them fits one cell. */
  readonly joinable: boolean;
}

/** A property of an object, with its titles as the referring schema gives them. */
export interface Property {
  readonly key: string;
  readonly titles: Titles;
  readonly node: SchemaNode;
}

export interface ObjectNode {
  readonly kind: "object";
  readonly properties: readonly Property[];
  /** The properties by key. */
  readonly byKey: ReadonlyMap<string, Property>;
  /** The required properties; for an anyOf of objects, those every variant requires. */
  readonly required: ReadonlySet<string>;
}

export interface ArrayNode {
  readonly kind: "array";
  readonly items: SchemaNode;
  readonly maxItems: number;
  /** A list of codes in one cell, joined with ";"; otherwise one column (or group of columns) per item. */
  readonly joined: boolean;
}

/** A schema of the keyword subset of schemas/README.md, every $ref resolved, anyOf of objects merged. */
export type SchemaNode = LeafNode | ObjectNode | ArrayNode;

/** The decimal types whose cells follow the decimal separator of a CSV file. */
export const DECIMAL_TYPES: ReadonlySet<string> = new Set(["Amount", "Quantity", "Percentage", "ObservationValue"]);

type Json = Readonly<Record<string, unknown>>;

const isJsonObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const allSchemas: Readonly<Record<string, unknown>> = schemas;

function titlesOf(schema: Json): Titles | undefined {
  const en = schema.title;
  const nl = isJsonObject(schema["x-nl"]) ? schema["x-nl"].title : undefined;
  return typeof en === "string" && typeof nl === "string" ? { en, nl } : undefined;
}

/**
 * Whether a regular expression source can only match strings without ";" and whitespace. Conservative: any
 * construct it does not understand (a dot, a negated class, a class escape other than \d, a \u escape) counts
 * as "can match anything".
 */
export function patternExcludesSeparators(source: string): boolean {
  const forbidden = (code: number) => code === 0x3b || code <= 0x20 || code === 0x85 || code === 0xa0 || code > 0x7e;
  let inClass = false;
  let previousClassChar: number | undefined;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === "\\") {
      const next = source[i + 1];
      i++;
      if (next === "d") {
        previousClassChar = undefined;
        continue;
      }
      // an escaped punctuation character stands for itself
      if (next !== undefined && /^[.\\/^$|?*+()[\]{}-]$/.test(next)) {
        if (inClass) previousClassChar = next.charCodeAt(0);
        continue;
      }
      return false;
    }
    if (inClass) {
      if (char === "]") {
        inClass = false;
        continue;
      }
      if (char === "^" && source[i - 1] === "[") return false;
      if (char === "-" && previousClassChar !== undefined && source[i + 1] !== "]") {
        const high = source.charCodeAt(i + 1);
        if (0x3b >= previousClassChar && 0x3b <= high) return false;
        if (previousClassChar <= 0x20 || high > 0x7e) return false;
        i++;
        previousClassChar = undefined;
        continue;
      }
      const code = char.charCodeAt(0);
      if (forbidden(code)) return false;
      previousClassChar = code;
      continue;
    }
    if (char === "[") {
      inClass = true;
      previousClassChar = undefined;
      continue;
    }
    if (char === ".") return false;
    if ("^$|?*+(){}".includes(char) || /[0-9,]/.test(char)) continue;
    if (forbidden(char.charCodeAt(0))) return false;
  }
  return !inClass;
}

function joinableString(schema: Json, codes: readonly string[] | undefined): boolean {
  if (codes !== undefined) return codes.every((code) => code !== "" && !/[;\s]/u.test(code));
  const pattern = schema.pattern;
  if (typeof pattern !== "string" || !patternExcludesSeparators(pattern)) return false;
  return !new RegExp(pattern, "u").test("");
}

/** Builds the model of a schema file or one of its $defs; each $ref target is built once. */
class ModelBuilder {
  readonly #built = new Map<string, SchemaNode>();
  readonly #building = new Set<string>();

  resolve(file: string, fragment: string): { node: SchemaNode; schema: Json } {
    const key = `${file}#${fragment}`;
    let schema: unknown = allSchemas[file];
    if (!Object.hasOwn(allSchemas, file)) throw new Error(`${key}: no such schema file in the bundle`);
    for (const token of fragment.split("/").filter((part) => part !== "")) {
      if (!isJsonObject(schema) || !Object.hasOwn(schema, token)) throw new Error(`${key}: $ref target missing`);
      schema = schema[token];
    }
    if (!isJsonObject(schema)) throw new Error(`${key}: a schema must be an object`);
    const done = this.#built.get(key);
    if (done !== undefined) return { node: done, schema };
    if (this.#building.has(key)) throw new Error(`${key}: recursive schemas have no tabular form`);
    this.#building.add(key);
    const name = fragment === "" ? undefined : fragment.split("/").at(-1);
    const node = this.#build(schema, file, key, name);
    this.#building.delete(key);
    this.#built.set(key, node);
    return { node, schema };
  }

  #build(schema: Json, file: string, location: string, name: string | undefined): SchemaNode {
    if (typeof schema.$ref === "string") {
      const [target = "", fragment = ""] = schema.$ref.split("#");
      return this.resolve(target === "" ? file : target, fragment).node;
    }
    if (Array.isArray(schema.anyOf)) {
      const variants = schema.anyOf.map((variant, index) => {
        if (!isJsonObject(variant)) throw new Error(`${location}/anyOf/${index}: not a schema`);
        return this.#build(variant, file, `${location}/anyOf/${index}`, undefined);
      });
      return mergeVariants(variants, location);
    }
    switch (schema.type) {
      case "object": {
        const properties: Property[] = [];
        const declared = isJsonObject(schema.properties) ? schema.properties : {};
        for (const [key, child] of Object.entries(declared)) {
          if (!isJsonObject(child)) throw new Error(`${location}/properties/${key}: not a schema`);
          // the readers build records by plain assignment of these keys, which "__proto__" would turn into a prototype
          if (key === "__proto__") throw new Error(`${location}: a property named __proto__ has no tabular form`);
          const node = this.#build(child, file, `${location}/properties/${key}`, undefined);
          const titles = titlesOf(child) ?? this.#targetTitles(child, file) ?? { en: key, nl: key };
          properties.push({ key, titles, node });
        }
        const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
        return { kind: "object", properties, byKey: new Map(properties.map((p) => [p.key, p])), required };
      }
      case "array": {
        if (!isJsonObject(schema.items)) throw new Error(`${location}: an array needs items`);
        const items = this.#build(schema.items, file, `${location}/items`, undefined);
        const maxItems = typeof schema.maxItems === "number" ? schema.maxItems : Number.MAX_SAFE_INTEGER;
        const joined = items.kind === "leaf" && items.type === "string" && items.joinable;
        return { kind: "array", items, maxItems, joined };
      }
      case "string": {
        const codes =
          typeof schema.const === "string"
            ? [schema.const]
            : Array.isArray(schema.enum)
              ? schema.enum.filter((code): code is string => typeof code === "string")
              : undefined;
        const format = schema.format === "date" || schema.format === "date-time" ? schema.format : undefined;
        return {
          kind: "leaf",
          type: "string",
          decimal: name !== undefined && DECIMAL_TYPES.has(name),
          ...(format === undefined ? {} : { format }),
          ...(codes === undefined ? {} : { codes }),
          ...(typeof schema["x-codelist"] === "string" ? { codelist: schema["x-codelist"] } : {}),
          ...(typeof schema["x-openCodelist"] === "boolean" ? { openCodelist: schema["x-openCodelist"] } : {}),
          joinable: joinableString(schema, codes),
        };
      }
      case "integer":
      case "number":
      case "boolean":
        return { kind: "leaf", type: schema.type, decimal: false, joinable: false };
      default:
        throw new Error(`${location}: type ${String(schema.type)} has no tabular form`);
    }
  }

  /** The titles of the schema a property refers to, when the property carries none itself. */
  #targetTitles(schema: Json, file: string): Titles | undefined {
    if (typeof schema.$ref !== "string") return undefined;
    const [target = "", fragment = ""] = schema.$ref.split("#");
    return titlesOf(this.resolve(target === "" ? file : target, fragment).schema);
  }
}

/** One object of the properties of every variant: a variant's cells say which one it is (its const `kind`). */
function mergeVariants(variants: readonly SchemaNode[], location: string): ObjectNode {
  const properties: Property[] = [];
  const byKey = new Map<string, Property>();
  let required: Set<string> | undefined;
  for (const variant of variants) {
    if (variant.kind !== "object") throw new Error(`${location}: only an anyOf of objects has a tabular form`);
    required = required === undefined ? new Set(variant.required) : intersect(required, variant.required);
    for (const property of variant.properties) {
      const seen = byKey.get(property.key);
      if (seen === undefined) {
        byKey.set(property.key, property);
        properties.push(property);
        continue;
      }
      const merged = mergeNodes(seen.node, property.node, `${location}/${property.key}`);
      const replacement = { ...seen, node: merged };
      byKey.set(property.key, replacement);
      properties[properties.indexOf(seen)] = replacement;
    }
  }
  return { kind: "object", properties, byKey, required: required ?? new Set() };
}

function intersect(set: ReadonlySet<string>, other: ReadonlySet<string>): Set<string> {
  return new Set([...set].filter((key) => other.has(key)));
}

function mergeNodes(a: SchemaNode, b: SchemaNode, location: string): SchemaNode {
  if (a === b) return a;
  if (a.kind === "leaf" && b.kind === "leaf" && a.type === b.type && a.format === b.format && a.decimal === b.decimal) {
    const codes = a.codes !== undefined && b.codes !== undefined ? [...new Set([...a.codes, ...b.codes])] : undefined;
    const { codes: _a, codelist: _b, openCodelist: _c, ...rest } = a;
    return { ...rest, ...(codes === undefined ? {} : { codes }), joinable: a.joinable && b.joinable };
  }
  if (a.kind === "object" && b.kind === "object") return mergeVariants([a, b], location);
  throw new Error(`${location}: variants of an anyOf disagree on the type of a property`);
}

const builder = new ModelBuilder();

/** The model of a whole schema file, such as "procurement.schema.json", or of one of its $defs. */
export function schemaModel(file: string, definition?: string): SchemaNode {
  return builder.resolve(file, definition === undefined ? "" : `/$defs/${definition}`).node;
}
