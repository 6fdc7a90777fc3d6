import keywords from "../../../schemas/keywords.json" with { type: "json" };
import type { Doc, Node, Property, StringNode } from "./model.ts";
import { SchemaError } from "./schema-error.ts";

/** Where a node sits and how to name what its $ref points at. */
export interface NodeContext {
  readonly file: string;
  /** The definition name a $ref points at; undefined when it points at no named definition. */
  readonly resolveRef: (ref: string) => string | undefined;
  /** Runs a check once every definition is read, for checks that look through $refs. */
  readonly afterwards: (check: (isString: (node: Node) => boolean) => void) => void;
}

type Json = Readonly<Record<string, unknown>>;

export const annotationKeywords: ReadonlySet<string> = new Set(keywords.annotations);
export const rootKeywords: ReadonlySet<string> = new Set(keywords.root);
const typeKeywords: Readonly<Record<string, readonly string[]>> = {
  string: ["minLength", "maxLength", "pattern", "format"],
  integer: ["minimum", "maximum"],
  number: ["minimum", "maximum"],
  boolean: [],
  null: [],
  array: ["items", "minItems", "maxItems", "uniqueItems"],
  object: ["properties", "required", "additionalProperties"],
};
const validationKeywords = new Set(["type", "enum", "const", "$ref", "anyOf", ...Object.values(typeKeywords).flat()]);

/** Reads one schema node into the model, refusing anything outside the keyword subset. */
export function readNode(value: unknown, path: readonly string[], context: NodeContext, isRoot = false): Node {
  const fail = (at: readonly string[], reason: string): never => {
    throw new SchemaError(context.file, at, reason);
  };
  const schema = asObject(value) ?? fail(path, "a schema must be a JSON object");
  const validation: string[] = [];
  for (const key of Object.keys(schema)) {
    if (annotationKeywords.has(key)) continue;
    if (rootKeywords.has(key)) {
      if (!isRoot) fail([...path, key], `"${key}" is only allowed at the root of a file`);
      continue;
    }
    if (!validationKeywords.has(key)) fail([...path, key], `unsupported keyword "${key}"`);
    validation.push(key);
  }
  readDoc(schema, path, context.file);
  const only = (allowed: readonly string[], form: string): void => {
    const extra = validation.find((key) => !allowed.includes(key));
    if (extra !== undefined) fail([...path, extra], `"${extra}" cannot be combined with ${form}`);
  };

  if ("$ref" in schema) {
    only(["$ref"], "$ref");
    const ref = schema.$ref;
    if (typeof ref !== "string") return fail([...path, "$ref"], "$ref must be a string");
    const name =
      context.resolveRef(ref) ?? fail([...path, "$ref"], `$ref "${ref}" does not point at an entity or a $defs entry`);
    return { kind: "ref", name };
  }
  if ("anyOf" in schema) {
    only(["anyOf"], "anyOf");
    const variants = schema.anyOf;
    if (!Array.isArray(variants) || variants.length === 0)
      return fail([...path, "anyOf"], "anyOf must be a non-empty array");
    return {
      kind: "anyOf",
      variants: variants.map((variant, i) => readNode(variant, [...path, "anyOf", String(i)], context)),
    };
  }
  if ("const" in schema) {
    only(["const", "type"], "const");
    return readConst(schema, path, fail);
  }
  if ("enum" in schema) {
    only(["enum", "type", "minLength", "maxLength", "pattern"], "enum");
    return readEnum(schema, path, fail);
  }

  const type = schema.type;
  if (type === undefined) return fail(path, "a schema needs one of type, $ref, anyOf, enum or const");
  if (typeof type !== "string" || !Object.hasOwn(typeKeywords, type)) {
    return fail([...path, "type"], `type must be one of ${Object.keys(typeKeywords).join(", ")} (a single type)`);
  }
  only(["type", ...(typeKeywords[type] ?? [])], `type "${type}"`);
  switch (type) {
    case "string":
      return readString(schema, path, fail);
    case "integer": {
      const minimum = readBound(schema, "minimum", path, fail) ?? fail(path, "an integer needs minimum and maximum");
      const maximum = readBound(schema, "maximum", path, fail) ?? fail(path, "an integer needs minimum and maximum");
      if (minimum > maximum) fail(path, "minimum is greater than maximum");
      return { kind: "integer", minimum, maximum };
    }
    case "number": {
      const minimum = readBound(schema, "minimum", path, fail);
      const maximum = readBound(schema, "maximum", path, fail);
      return {
        kind: "number",
        ...(minimum === undefined ? {} : { minimum }),
        ...(maximum === undefined ? {} : { maximum }),
      };
    }
    case "array":
      return readArray(schema, path, context, fail);
    case "object":
      return { kind: "object", properties: readProperties(schema, path, context, fail) };
    case "boolean":
      return { kind: "boolean" };
    default:
      return { kind: "null" };
  }
}

/** Reads the annotations that go into generated comments, checking their shape. */
export function readDoc(schema: Json, path: readonly string[], file: string): Doc {
  const fail = (key: string, reason: string): never => {
    throw new SchemaError(file, [...path, key], reason);
  };
  for (const key of ["title", "description", "$comment", "x-codelist"]) {
    if (key in schema && typeof schema[key] !== "string") fail(key, `${key} must be a string`);
  }
  for (const key of ["deprecated", "x-openCodelist"]) {
    if (key in schema && typeof schema[key] !== "boolean") fail(key, `${key} must be a boolean`);
  }
  if ("examples" in schema && !Array.isArray(schema.examples)) fail("examples", "examples must be an array");
  let nlTitle: string | undefined;
  if ("x-nl" in schema) {
    const nl = asObject(schema["x-nl"]) ?? fail("x-nl", "x-nl must be an object with title and description");
    for (const key of Object.keys(nl)) {
      if (key !== "title" && key !== "description")
        fail("x-nl", `x-nl may only hold title and description, not "${key}"`);
      if (typeof nl[key] !== "string") fail("x-nl", `x-nl.${key} must be a string`);
    }
    nlTitle = nl.title as string | undefined;
  }
  const description = schema.description as string | undefined;
  return {
    ...(description === undefined ? {} : { description }),
    ...(nlTitle === undefined ? {} : { nlTitle }),
    deprecated: schema.deprecated === true,
  };
}

type Fail = (at: readonly string[], reason: string) => never;

function readString(schema: Json, path: readonly string[], fail: Fail): StringNode {
  const minLength = readCount(schema, "minLength", path, fail);
  const maxLength = readCount(schema, "maxLength", path, fail);
  const pattern = readPattern(schema, path, fail);
  let format: StringNode["format"];
  if ("format" in schema) {
    if (schema.format !== "date" && schema.format !== "date-time") {
      fail([...path, "format"], `unsupported format ${JSON.stringify(schema.format)} (only "date" and "date-time")`);
    }
    format = schema.format as StringNode["format"];
    // ajv's date-time also takes a space separator and leap seconds; the schema's pattern is what rules those out
    if (format === "date-time" && pattern === undefined) fail(path, 'format "date-time" needs a pattern');
  }
  return {
    kind: "string",
    ...(minLength === undefined ? {} : { minLength }),
    ...(maxLength === undefined ? {} : { maxLength }),
    ...(pattern === undefined ? {} : { pattern }),
    ...(format === undefined ? {} : { format }),
  };
}

function readEnum(schema: Json, path: readonly string[], fail: Fail): Node {
  const values = schema.enum;
  if (!Array.isArray(values) || values.length === 0 || !values.every((v): v is string => typeof v === "string")) {
    return fail([...path, "enum"], "enum must be a non-empty array of strings");
  }
  if (new Set(values).size !== values.length) fail([...path, "enum"], "enum values must be unique");
  if ("type" in schema && schema.type !== "string") fail([...path, "type"], 'an enum must have type "string"');
  // the string keywords cannot change the verdict when every code satisfies them, so the enum alone is emitted
  const { minLength, maxLength, pattern } = readString(schema, path, fail);
  const regex = pattern === undefined ? undefined : new RegExp(pattern, "u");
  values.forEach((code, i) => {
    const length = [...code].length;
    const fits = !(minLength !== undefined && length < minLength) && !(maxLength !== undefined && length > maxLength);
    if (!fits || (regex !== undefined && !regex.test(code))) {
      fail([...path, "enum", String(i)], `enum value "${code}" breaks the schema's own string constraints`);
    }
  });
  return { kind: "enum", values };
}

function readConst(schema: Json, path: readonly string[], fail: Fail): Node {
  const value = schema.const;
  const isNumber = typeof value === "number" && Number.isFinite(value);
  if (!(value === null || typeof value === "string" || typeof value === "boolean" || isNumber)) {
    return fail([...path, "const"], "const must be a string, a finite number, a boolean or null");
  }
  if ("type" in schema) {
    const type = schema.type;
    const matches =
      type === (value === null ? "null" : typeof value) || (type === "integer" && Number.isInteger(value));
    if (!matches) fail([...path, "type"], `type ${JSON.stringify(type)} does not match const ${JSON.stringify(value)}`);
  }
  return { kind: "const", value: value as string | number | boolean | null };
}

function readArray(schema: Json, path: readonly string[], context: NodeContext, fail: Fail): Node {
  if (!("items" in schema)) return fail(path, "an array needs items");
  const items = readNode(schema.items, [...path, "items"], context);
  const minItems = readCount(schema, "minItems", path, fail);
  const maxItems = readCount(schema, "maxItems", path, fail);
  if ("uniqueItems" in schema && typeof schema.uniqueItems !== "boolean") {
    fail([...path, "uniqueItems"], "uniqueItems must be a boolean");
  }
  if (schema.uniqueItems === true) {
    // zod and io-ts compare items with ===, which matches ajv's deep equality for strings only
    context.afterwards((isString) => {
      if (!isString(items)) fail([...path, "uniqueItems"], "uniqueItems is only supported on arrays of strings");
    });
  }
  return {
    kind: "array",
    items,
    ...(minItems === undefined ? {} : { minItems }),
    ...(maxItems === undefined ? {} : { maxItems }),
    uniqueItems: schema.uniqueItems === true,
  };
}

function readProperties(schema: Json, path: readonly string[], context: NodeContext, fail: Fail): Property[] {
  if (schema.additionalProperties !== false) {
    fail([...path, "additionalProperties"], "an object needs additionalProperties: false");
  }
  const properties = "properties" in schema ? asObject(schema.properties) : {};
  if (properties === undefined) return fail([...path, "properties"], "properties must be an object");
  const required = schema.required ?? [];
  if (!Array.isArray(required) || !required.every((key): key is string => typeof key === "string")) {
    return fail([...path, "required"], "required must be an array of strings");
  }
  if (new Set(required).size !== required.length) fail([...path, "required"], "required names a property twice");
  required.forEach((key, i) => {
    if (!Object.hasOwn(properties, key))
      fail([...path, "required", String(i)], `required property "${key}" is not declared`);
  });
  return Object.entries(properties).map(([name, value]) => {
    const at = [...path, "properties", name];
    // ajv reads inherited members such as "constructor" as present, so such names would not give one verdict
    if (name in Object.prototype) fail(at, `property name "${name}" is a member of Object.prototype`);
    const node = readNode(value, at, context);
    return { name, node, required: required.includes(name), doc: readDoc(value as Json, at, context.file) };
  });
}

function readPattern(schema: Json, path: readonly string[], fail: Fail): string | undefined {
  if (!("pattern" in schema)) return undefined;
  const pattern = schema.pattern;
  if (typeof pattern !== "string") return fail([...path, "pattern"], "pattern must be a string");
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    fail([...path, "pattern"], `pattern does not compile with the "u" flag: ${(error as Error).message}`);
  }
  return pattern;
}

function readCount(schema: Json, key: string, path: readonly string[], fail: Fail): number | undefined {
  if (!(key in schema)) return undefined;
  const value = schema[key];
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    return fail([...path, key], `${key} must be a non-negative integer`);
  }
  return value;
}

function readBound(schema: Json, key: string, path: readonly string[], fail: Fail): number | undefined {
  if (!(key in schema)) return undefined;
  const value = schema[key];
  if (typeof value !== "number" || !(Math.abs(value) <= Number.MAX_SAFE_INTEGER)) {
    return fail([...path, key], `${key} must be a number within ±(2^53−1)`);
  }
  return value;
}

export function asObject(value: unknown): Json | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
