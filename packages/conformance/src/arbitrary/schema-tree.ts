import keywords from "../../../../schemas/keywords.json" with { type: "json" };
import { parsePointer } from "../json-pointer.ts";

interface NodeBase {
  /** The $defs name or file stem the node was reached by through a $ref, such as "Amount". */
  readonly name?: string;
  /** Where the node is, as file#pointer, for messages. */
  readonly location: string;
}

export interface ObjectNode extends NodeBase {
  readonly kind: "object";
  readonly properties: readonly (readonly [string, SchemaNode])[];
  readonly required: readonly string[];
}

export interface ArrayNode extends NodeBase {
  readonly kind: "array";
  readonly items: SchemaNode;
  readonly minItems: number;
  readonly maxItems: number;
  readonly uniqueItems: boolean;
}

export interface StringNode extends NodeBase {
  readonly kind: "string";
  readonly minLength: number;
  readonly maxLength: number;
  readonly pattern?: RegExp;
  readonly format?: "date" | "date-time";
  /** The allowed codes, from enum or const. */
  readonly values?: readonly string[];
}

export interface NumberNode extends NodeBase {
  readonly kind: "integer" | "number";
  readonly minimum: number;
  readonly maximum: number;
}

export interface BooleanNode extends NodeBase {
  readonly kind: "boolean";
}

export interface AnyOfNode extends NodeBase {
  readonly kind: "anyOf";
  readonly variants: readonly SchemaNode[];
}

/** A schema of the keyword subset of schemas/README.md, with every $ref resolved. */
export type SchemaNode = ObjectNode | ArrayNode | StringNode | NumberNode | BooleanNode | AnyOfNode;

const annotations: ReadonlySet<string> = new Set([...keywords.annotations, ...keywords.root]);

const assertionsByType: Record<string, ReadonlySet<string>> = {
  object: new Set(["type", "properties", "required", "additionalProperties"]),
  array: new Set(["type", "items", "minItems", "maxItems", "uniqueItems"]),
  string: new Set(["type", "enum", "const", "pattern", "format", "minLength", "maxLength"]),
  integer: new Set(["type", "minimum", "maximum"]),
  number: new Set(["type", "minimum", "maximum"]),
  boolean: new Set(["type"]),
};

type Json = Record<string, unknown>;

function isJsonObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function numberOr(value: unknown, fallback: number, location: string, keyword: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isSafeInteger(value))
    throw new Error(`${location}: ${keyword} is not a safe integer`);
  return value;
}

/** Compiles the schemas of a bundle on demand; each $ref target is compiled once and shared. */
export class SchemaTree {
  readonly #schemas: Readonly<Record<string, unknown>>;
  readonly #compiled = new Map<string, SchemaNode>();
  readonly #compiling = new Set<string>();
  /** Every string an enum or const allows anywhere in the bundle. */
  readonly codes = new Set<string>();

  constructor(schemas: Readonly<Record<string, unknown>>) {
    this.#schemas = schemas;
  }

  /** The tree of a whole schema file, such as "organisation.schema.json". */
  file(file: string): SchemaNode {
    return this.#resolve(file, "", file.replace(/\.schema\.json$/, ""));
  }

  /** The tree of a named definition, such as ("common.schema.json", "Date"). */
  definition(file: string, name: string): SchemaNode {
    return this.#resolve(file, `/$defs/${name}`, name);
  }

  #resolve(file: string, fragment: string, name: string | undefined): SchemaNode {
    const key = `${file}#${fragment}`;
    const done = this.#compiled.get(key);
    if (done !== undefined) return done;
    // the standard has no recursive schemas; a cycle would need lazy arbitraries
    if (this.#compiling.has(key)) throw new Error(`${key}: recursive schemas are not supported`);
    if (!Object.hasOwn(this.#schemas, file)) throw new Error(`${key}: no schema file ${file} in the bundle`);
    let schema: unknown = this.#schemas[file];
    for (const token of parsePointer(fragment)) {
      if (!isJsonObject(schema) || !Object.hasOwn(schema, token))
        throw new Error(`${key}: the $ref target does not exist`);
      schema = schema[token];
    }
    this.#compiling.add(key);
    const node = this.#compile(schema, file, key, name);
    this.#compiling.delete(key);
    this.#compiled.set(key, node);
    return node;
  }

  #compile(schema: unknown, file: string, location: string, name: string | undefined): SchemaNode {
    if (!isJsonObject(schema)) throw new Error(`${location}: a schema must be an object`);
    const assertions = Object.keys(schema).filter((keyword) => !annotations.has(keyword));
    const named = name === undefined ? { location } : { location, name };

    if (assertions.includes("$ref")) {
      if (assertions.length > 1) throw new Error(`${location}: $ref with sibling assertions ${assertions.join(", ")}`);
      const ref = schema.$ref;
      if (typeof ref !== "string") throw new Error(`${location}: $ref is not a string`);
      const [target = "", fragment = ""] = ref.split("#");
      const targetFile = target === "" ? file : target;
      const lastToken = parsePointer(fragment).at(-1);
      return this.#resolve(targetFile, fragment, lastToken ?? targetFile.replace(/\.schema\.json$/, ""));
    }

    if (assertions.includes("anyOf")) {
      if (assertions.length > 1) throw new Error(`${location}: anyOf with sibling assertions ${assertions.join(", ")}`);
      const variants = schema.anyOf;
      if (!Array.isArray(variants) || variants.length === 0)
        throw new Error(`${location}: anyOf is not a non-empty array`);
      return {
        kind: "anyOf",
        ...named,
        variants: variants.map((variant, index) =>
          this.#compile(variant, file, `${location}/anyOf/${index}`, undefined),
        ),
      };
    }

    const type = schema.type;
    if (typeof type !== "string" || !Object.hasOwn(assertionsByType, type)) {
      throw new Error(`${location}: type must be one of ${Object.keys(assertionsByType).join(", ")}`);
    }
    const allowed = assertionsByType[type] as ReadonlySet<string>;
    const unsupported = assertions.filter((keyword) => !allowed.has(keyword));
    if (unsupported.length > 0)
      throw new Error(`${location}: unsupported keywords ${unsupported.join(", ")} for type ${type}`);

    switch (type) {
      case "object": {
        if (schema.additionalProperties !== false)
          throw new Error(`${location}: objects must have additionalProperties: false`);
        const properties = isJsonObject(schema.properties) ? schema.properties : {};
        const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
        const missing = required.filter((key) => !Object.hasOwn(properties, key));
        if (missing.length > 0)
          throw new Error(`${location}: required names undeclared properties ${missing.join(", ")}`);
        return {
          kind: "object",
          ...named,
          properties: Object.entries(properties).map(
            ([key, value]) => [key, this.#compile(value, file, `${location}/properties/${key}`, undefined)] as const,
          ),
          required,
        };
      }
      case "array": {
        const items = this.#compile(schema.items, file, `${location}/items`, undefined);
        const uniqueItems = schema.uniqueItems === true;
        if (uniqueItems && items.kind !== "string")
          throw new Error(`${location}: uniqueItems is supported on arrays of strings only`);
        return {
          kind: "array",
          ...named,
          items,
          minItems: numberOr(schema.minItems, 0, location, "minItems"),
          maxItems: numberOr(schema.maxItems, Number.MAX_SAFE_INTEGER, location, "maxItems"),
          uniqueItems,
        };
      }
      case "string": {
        const values = schema.const !== undefined ? [schema.const] : (schema.enum as unknown[] | undefined);
        if (values !== undefined && !values.every((value): value is string => typeof value === "string")) {
          throw new Error(`${location}: enum and const must be strings`);
        }
        for (const value of values ?? []) this.codes.add(value);
        const format = schema.format;
        if (format !== undefined && format !== "date" && format !== "date-time")
          throw new Error(`${location}: unsupported format ${String(format)}`);
        if (schema.pattern !== undefined && typeof schema.pattern !== "string")
          throw new Error(`${location}: pattern is not a string`);
        return {
          kind: "string",
          ...named,
          minLength: numberOr(schema.minLength, 0, location, "minLength"),
          maxLength: numberOr(schema.maxLength, Number.MAX_SAFE_INTEGER, location, "maxLength"),
          ...(typeof schema.pattern === "string" ? { pattern: new RegExp(schema.pattern, "u") } : {}),
          ...(format === undefined ? {} : { format }),
          ...(values === undefined ? {} : { values }),
        };
      }
      case "integer":
      case "number":
        return {
          kind: type,
          ...named,
          minimum: numberOr(schema.minimum, Number.MIN_SAFE_INTEGER, location, "minimum"),
          maximum: numberOr(schema.maximum, Number.MAX_SAFE_INTEGER, location, "maximum"),
        };
      default:
        return { kind: "boolean", ...named };
    }
  }
}
