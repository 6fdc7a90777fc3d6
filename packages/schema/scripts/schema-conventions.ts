import keywords from "../../../schemas/keywords.json" with { type: "json" };

// checks the conventions of schemas/README.md over a set of schema files and codelists; returns every violation

const ID_FORM = /^https:\/\/mra-circulair\.nl\/schema\/[0-9]+\.[0-9]+\/(.+)$/;
const DRAFT = "https://json-schema.org/draft/2020-12/schema";
const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

const VALIDATION = keywords.assertions;
const ANNOTATIONS = keywords.annotations;
const ROOT_ONLY = keywords.root;
const TYPES = ["object", "array", "string", "integer", "number", "boolean", "null"];
const FORMATS = ["date", "date-time"];

/** A codelist as far as the conventions need it. */
export interface CodelistSummary {
  readonly open: boolean;
  readonly codes: readonly string[];
}

type Node = Record<string, unknown>;
type Kind = "root" | "def" | "property" | "items" | "anyOf";

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapeToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

function unescapeToken(token: string): string {
  return token.replaceAll("~1", "/").replaceAll("~0", "~");
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
}

/**
 * Checks every schema file against the conventions; the result lists each violation as "file#pointer: reason".
 * schemas is keyed by file name; codelists by id.
 */
export function checkSchemaConventions(
  schemas: Readonly<Record<string, unknown>>,
  codelists: ReadonlyMap<string, CodelistSummary>,
): string[] {
  const problems: string[] = [];
  const defOwners = new Map<string, string>();

  const resolve = (file: string, ref: string): Node | undefined => {
    const hash = ref.indexOf("#");
    const target = hash === 0 ? file : ref.slice(0, hash < 0 ? undefined : hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    let node: unknown = Object.hasOwn(schemas, target) ? schemas[target] : undefined;
    if (fragment !== "") {
      if (!fragment.startsWith("/")) return undefined;
      for (const token of fragment.slice(1).split("/").map(unescapeToken)) {
        node = isNode(node) && Object.hasOwn(node, token) ? node[token] : undefined;
      }
    }
    return isNode(node) ? node : undefined;
  };

  // the type a node has after following $ref and anyOf, when it has one
  const typesOf = (file: string, node: Node, depth = 0): string[] => {
    if (depth > 20) return [];
    if (typeof node.type === "string") return [node.type];
    if (typeof node.$ref === "string") {
      const target = resolve(file, node.$ref);
      const targetFile = node.$ref.startsWith("#") ? file : (node.$ref.split("#")[0] ?? file);
      return target ? typesOf(targetFile, target, depth + 1) : [];
    }
    if (Array.isArray(node.anyOf))
      return node.anyOf.filter(isNode).flatMap((branch) => typesOf(file, branch, depth + 1));
    return [];
  };

  const visit = (file: string, node: unknown, pointer: string, kind: Kind): void => {
    const at = (reason: string) => problems.push(`${file}#${pointer}: ${reason}`);
    if (!isNode(node)) {
      at("a schema must be an object");
      return;
    }
    const allowed = new Set([...VALIDATION, ...ANNOTATIONS, ...(kind === "root" ? ROOT_ONLY : [])]);
    for (const keyword of Object.keys(node)) {
      if (!allowed.has(keyword)) at(`keyword ${keyword} is outside the subset`);
    }

    if (kind === "root" || kind === "def" || kind === "property") {
      if (typeof node.title !== "string" || node.title === "") at("no title");
      if (typeof node.description !== "string" || node.description === "") at("no description");
      const nl = node["x-nl"];
      if (!isNode(nl) || typeof nl.title !== "string" || typeof nl.description !== "string") {
        at('no "x-nl" with a Dutch title and description');
      } else if (Object.keys(nl).some((key) => key !== "title" && key !== "description")) {
        at('"x-nl" holds more than title and description');
      }
    }

    const type = node.type;
    if (type !== undefined && (typeof type !== "string" || !TYPES.includes(type))) at("type must be one type name");
    if (type === "object" || node.properties !== undefined) {
      if (type !== "object") at("properties without type object");
      if (node.additionalProperties !== false) at("an object must have additionalProperties false");
    }
    if (node.additionalProperties !== undefined && node.additionalProperties !== false) {
      at("additionalProperties may only be false");
    }
    if ((node.pattern !== undefined || node.format !== undefined) && typeof node.maxLength !== "number") {
      at("a pattern or format needs a maxLength");
    }
    if (node.format !== undefined && !FORMATS.includes(String(node.format)))
      at(`format ${String(node.format)} is not allowed`);
    if (type === "array" && typeof node.maxItems !== "number") at("an array needs a maxItems");
    if (node.uniqueItems !== undefined) {
      const items = node.items;
      const itemTypes = isNode(items) ? typesOf(file, items) : [];
      if (type !== "array" || itemTypes.length !== 1 || itemTypes[0] !== "string") {
        at("uniqueItems only on arrays of strings");
      }
    }
    if (type === "integer") {
      for (const bound of ["minimum", "maximum"] as const) {
        const value = node[bound];
        if (typeof value !== "number" || !Number.isInteger(value)) at(`an integer needs an integer ${bound}`);
        else if (Math.abs(value) > SAFE_INTEGER) at(`${bound} is outside ±(2^53-1)`);
      }
    }
    for (const bound of ["minimum", "maximum"] as const) {
      const value = node[bound];
      if (type !== "integer" && typeof value === "number" && Math.abs(value) > SAFE_INTEGER) {
        at(`${bound} is outside ±(2^53-1)`);
      }
    }
    if (node.enum !== undefined) {
      const values = node.enum;
      if (!Array.isArray(values) || values.length === 0 || !values.every((value) => typeof value === "string")) {
        at("enum must be a non-empty array of strings");
      } else if (new Set(values).size !== values.length) {
        at("enum has duplicate values");
      }
    }
    if (node.required !== undefined) {
      const properties = isNode(node.properties) ? node.properties : {};
      if (!Array.isArray(node.required)) at("required must be an array");
      else {
        for (const name of node.required) {
          if (typeof name !== "string" || !Object.hasOwn(properties, name))
            at(`required ${String(name)} is not a property`);
        }
      }
    }
    if (node.$ref !== undefined && (typeof node.$ref !== "string" || resolve(file, node.$ref) === undefined)) {
      at(`$ref ${String(node.$ref)} does not resolve`);
    }

    const codelistId = node["x-codelist"];
    const open = node["x-openCodelist"];
    if (codelistId !== undefined || open !== undefined) {
      if (typeof codelistId !== "string") at("x-openCodelist without x-codelist");
      else if (typeof open !== "boolean") at("x-codelist without a boolean x-openCodelist");
      else {
        const list = codelists.get(codelistId);
        if (list === undefined) at(`x-codelist names no codelist: ${codelistId}`);
        else {
          if (list.open !== open) at(`x-openCodelist is ${open} but codelist ${codelistId} has open ${list.open}`);
          if (open && node.enum !== undefined) at(`an open codelist (${codelistId}) must not carry an enum`);
          if (!open) {
            const values = Array.isArray(node.enum) ? node.enum.map(String) : undefined;
            if (values === undefined) at(`a closed codelist (${codelistId}) needs an enum`);
            else if (!sameMembers(values, list.codes)) {
              at(`enum [${values.join(", ")}] differs from codelist ${codelistId} [${list.codes.join(", ")}]`);
            }
          }
        }
      }
    }

    if (isNode(node.properties)) {
      for (const [name, child] of Object.entries(node.properties)) {
        visit(file, child, `${pointer}/properties/${escapeToken(name)}`, "property");
      }
    } else if (node.properties !== undefined) at("properties must be an object");
    if (node.items !== undefined) visit(file, node.items, `${pointer}/items`, "items");
    if (node.anyOf !== undefined) {
      if (!Array.isArray(node.anyOf) || node.anyOf.length === 0) at("anyOf must be a non-empty array");
      else for (const [i, branch] of node.anyOf.entries()) visit(file, branch, `${pointer}/anyOf/${i}`, "anyOf");
    }
    if (kind === "root" && node.$defs !== undefined) {
      if (!isNode(node.$defs)) at("$defs must be an object");
      else {
        for (const [name, child] of Object.entries(node.$defs)) {
          const defPointer = `${pointer}/$defs/${escapeToken(name)}`;
          if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) problems.push(`${file}#${defPointer}: $defs name is not PascalCase`);
          const owner = defOwners.get(name);
          if (owner !== undefined)
            problems.push(`${file}#${defPointer}: $defs name ${name} is also defined in ${owner}`);
          else defOwners.set(name, file);
          visit(file, child, defPointer, "def");
        }
      }
    }
  };

  for (const [file, schema] of Object.entries(schemas)) {
    if (!isNode(schema)) {
      problems.push(`${file}#: not a JSON object`);
      continue;
    }
    if (schema.$schema !== DRAFT) problems.push(`${file}#: $schema is not ${DRAFT}`);
    const id = typeof schema.$id === "string" ? ID_FORM.exec(schema.$id) : null;
    if (id?.[1] !== file) problems.push(`${file}#: $id is not https://mra-circulair.nl/schema/<major.minor>/${file}`);
    visit(file, schema, "", "root");
  }
  return problems;
}
