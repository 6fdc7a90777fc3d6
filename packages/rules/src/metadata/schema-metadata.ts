import { escapeToken, parsePointer } from "@mra-circulair/report";
import { isObject, own } from "../json.ts";

/** A codelist as the rules need it: open or closed, and its codes with their deprecated flag. */
export interface CodelistFacts {
  readonly open: boolean;
  readonly codes: readonly { readonly code: string; readonly deprecated?: boolean }[];
}

/** The schemas and codelists the rules read; the bundled ones by default, an in-memory fixture in tests. */
export interface MetadataSource {
  /** Every schema file by file name ("organisation.schema.json"). */
  readonly schemas: Readonly<Record<string, unknown>>;
  /** The schema of each entity: a file name, optionally with a fragment ("dataset.schema.json#/$defs/DatasetMeta"). */
  readonly entities: Readonly<Record<string, string>>;
  /** The codelists by id. */
  readonly codelists: Readonly<Record<string, CodelistFacts>>;
}

/** The codelist that governs a value: its id and whether it is open. */
export interface CodelistRef {
  readonly codelist: string;
  readonly open: boolean;
}

/** What the rules know of one schema node, with `$ref` resolved and the annotations beside it applied. */
export interface SchemaNode {
  /** The node's object properties, by name. */
  readonly properties: ReadonlyMap<string, SchemaNode>;
  /** The same properties as a list, each with whether it is required, for walks that should not allocate. */
  readonly propertyList: readonly PropertyEntry[];
  /** The names of the required properties. */
  readonly required: ReadonlySet<string>;
  /** The node of the items, for an array. */
  readonly items: SchemaNode | undefined;
  /** The alternatives of an `anyOf`. */
  readonly anyOf: readonly SchemaNode[];
  /** The codelist of a coded value (`x-codelist`, `x-openCodelist`). */
  readonly codelist: CodelistRef | undefined;
  /** Whether the node, or the definition it refers to, is marked `deprecated: true`. */
  readonly deprecated: boolean;
  /** Whether the schema lets the value be "", [] or {}; false when the node allows none of them. */
  readonly emptyAllowed: boolean;
  /** The `const` of each property that has one, to tell the alternatives of an `anyOf` apart. */
  readonly consts: ReadonlyMap<string, unknown>;
}

/** One property of an object node. */
export interface PropertyEntry {
  readonly name: string;
  readonly node: SchemaNode;
  readonly required: boolean;
}

/** Read access to schemas and codelists for the rules; see {@link createSchemaMetadata}. */
export interface SchemaMetadata {
  /** The root node of an entity's schema; undefined for an unknown entity. */
  entity(entity: string): SchemaNode | undefined;
  /** The codelist with this id; undefined when there is none. */
  codelist(id: string): CodelistFacts | undefined;
  /** Whether the code is in the codelist; undefined when the codelist is unknown. */
  hasCode(codelist: string, code: string): boolean | undefined;
  /** Whether the code is deprecated; undefined when the codelist or the code is unknown. */
  isDeprecated(codelist: string, code: string): boolean | undefined;
  /** The node at a JSON Pointer inside a record of `entity`; `value` picks the branch of an `anyOf`. */
  nodeAt(entity: string, pointer: string, value?: unknown): SchemaNode | undefined;
}

/** The branch of an `anyOf` node that a value takes: the first whose consts match, else the first whose required properties are present. */
export function selectBranch(node: SchemaNode, value: unknown): SchemaNode | undefined {
  if (node.anyOf.length === 0) return node;
  if (!isObject(value)) return undefined;
  const byConst = node.anyOf.find(
    (branch) => branch.consts.size > 0 && [...branch.consts].every(([key, expected]) => own(value, key) === expected),
  );
  if (byConst) return selectBranch(byConst, value);
  const byRequired = node.anyOf.find(
    (branch) => branch.consts.size === 0 && [...branch.required].every((key) => Object.hasOwn(value, key)),
  );
  return byRequired ? selectBranch(byRequired, value) : undefined;
}

const UNSET: unique symbol = Symbol("unset");
type Lazy<T> = T | typeof UNSET;

const EMPTY_MAP: ReadonlyMap<string, never> = new Map<string, never>();
const EMPTY_SET: ReadonlySet<string> = new Set<string>();

/** Finds the node at file#fragment, building it on first use. */
type NodeOf = (file: string, fragment: string) => SchemaNode | undefined;

/**
 * A schema node whose fields are computed on first use and then kept. A class, so that the walk's many reads
 * of a field go through one shared getter that the engine can inline, not through a closure per node.
 */
class MetadataNode implements SchemaNode {
  readonly #raw: Readonly<Record<string, unknown>>;
  readonly #file: string;
  readonly #fragment: string;
  // the definition a $ref names; a $ref to the node itself says nothing
  readonly #ref: readonly [string, string] | undefined;
  readonly #nodeOf: NodeOf;
  #referred: Lazy<SchemaNode | undefined> = UNSET;
  #properties: Lazy<ReadonlyMap<string, SchemaNode>> = UNSET;
  #propertyList: Lazy<readonly PropertyEntry[]> = UNSET;
  #required: Lazy<ReadonlySet<string>> = UNSET;
  #items: Lazy<SchemaNode | undefined> = UNSET;
  #anyOf: Lazy<readonly SchemaNode[]> = UNSET;
  #codelist: Lazy<CodelistRef | undefined> = UNSET;
  #deprecated: Lazy<boolean> = UNSET;
  #emptyAllowed: Lazy<boolean> = UNSET;
  #consts: Lazy<ReadonlyMap<string, unknown>> = UNSET;

  constructor(
    file: string,
    fragment: string,
    raw: Readonly<Record<string, unknown>>,
    ref: readonly [string, string] | undefined,
    nodeOf: NodeOf,
  ) {
    this.#file = file;
    this.#fragment = fragment;
    this.#raw = raw;
    this.#ref = ref;
    this.#nodeOf = nodeOf;
  }

  // built on first use, so that a recursive schema cannot loop
  #referredNode(): SchemaNode | undefined {
    if (this.#referred === UNSET) this.#referred = this.#ref && this.#nodeOf(this.#ref[0], this.#ref[1]);
    return this.#referred;
  }

  #child(suffix: string): SchemaNode | undefined {
    return this.#nodeOf(this.#file, `${this.#fragment}${suffix}`);
  }

  get properties(): ReadonlyMap<string, SchemaNode> {
    if (this.#properties === UNSET) {
      const raw = this.#raw;
      if (!isObject(raw.properties)) this.#properties = this.#referredNode()?.properties ?? EMPTY_MAP;
      else {
        const map = new Map<string, SchemaNode>();
        for (const name of Object.keys(raw.properties)) {
          const built = this.#child(`/properties/${escapeToken(name)}`);
          if (built) map.set(name, built);
        }
        this.#properties = map;
      }
    }
    return this.#properties;
  }

  get required(): ReadonlySet<string> {
    if (this.#required === UNSET) {
      const raw = this.#raw;
      this.#required = Array.isArray(raw.required)
        ? new Set(raw.required.filter((name): name is string => typeof name === "string"))
        : (this.#referredNode()?.required ?? EMPTY_SET);
    }
    return this.#required;
  }

  get propertyList(): readonly PropertyEntry[] {
    if (this.#propertyList === UNSET) {
      const required = this.required;
      this.#propertyList = Array.from(this.properties, ([name, node]) => ({
        name,
        node,
        required: required.has(name),
      }));
    }
    return this.#propertyList;
  }

  get items(): SchemaNode | undefined {
    if (this.#items === UNSET)
      this.#items = isObject(this.#raw.items) ? this.#child("/items") : this.#referredNode()?.items;
    return this.#items;
  }

  get anyOf(): readonly SchemaNode[] {
    if (this.#anyOf === UNSET) {
      const raw = this.#raw;
      this.#anyOf = Array.isArray(raw.anyOf)
        ? raw.anyOf.flatMap((_, i) => this.#child(`/anyOf/${i}`) ?? [])
        : (this.#referredNode()?.anyOf ?? []);
    }
    return this.#anyOf;
  }

  get codelist(): CodelistRef | undefined {
    if (this.#codelist === UNSET) {
      const raw = this.#raw;
      this.#codelist =
        typeof raw["x-codelist"] === "string"
          ? { codelist: raw["x-codelist"], open: raw["x-openCodelist"] === true }
          : this.#referredNode()?.codelist;
    }
    return this.#codelist;
  }

  get deprecated(): boolean {
    if (this.#deprecated === UNSET)
      this.#deprecated = this.#raw.deprecated === true || this.#referredNode()?.deprecated === true;
    return this.#deprecated;
  }

  get emptyAllowed(): boolean {
    if (this.#emptyAllowed === UNSET) {
      const raw = this.#raw;
      this.#emptyAllowed = raw.$ref === undefined ? allowsEmpty(raw) : (this.#referredNode()?.emptyAllowed ?? false);
    }
    return this.#emptyAllowed;
  }

  get consts(): ReadonlyMap<string, unknown> {
    if (this.#consts === UNSET) {
      const raw = this.#raw;
      if (!isObject(raw.properties)) this.#consts = this.#referredNode()?.consts ?? EMPTY_MAP;
      else {
        const map = new Map<string, unknown>();
        for (const [name, property] of Object.entries(raw.properties))
          if (isObject(property) && Object.hasOwn(property, "const")) map.set(name, property.const);
        this.#consts = map;
      }
    }
    return this.#consts;
  }
}

/** Builds read access to a metadata source. Nodes are built lazily and once each. */
export function createSchemaMetadata(source: MetadataSource): SchemaMetadata {
  const nodes = new Map<string, SchemaNode>();
  const codeIndex = new Map<string, Map<string, boolean>>();

  const codesOf = (id: string): Map<string, boolean> | undefined => {
    let codes = codeIndex.get(id);
    if (codes === undefined) {
      const list = Object.hasOwn(source.codelists, id) ? source.codelists[id] : undefined;
      if (list === undefined) return undefined;
      codes = new Map(list.codes.map((entry) => [entry.code, entry.deprecated === true]));
      codeIndex.set(id, codes);
    }
    return codes;
  };

  // the raw schema object at file#fragment
  const rawAt = (file: string, fragment: string): unknown => {
    let current: unknown = Object.hasOwn(source.schemas, file) ? source.schemas[file] : undefined;
    for (const token of parsePointer(fragment) ?? [])
      current = Array.isArray(current) ? current[Number(token)] : own(current, token);
    return current;
  };

  // a $ref relative to `file`: "#/$defs/X", "target.schema.json", "common.schema.json#/$defs/Y" or an absolute $id
  const resolveRef = (file: string, ref: string): [string, string] => {
    const hash = ref.indexOf("#");
    const address = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? "" : ref.slice(hash + 1);
    const target = address === "" ? file : (address.split("/").at(-1) ?? address);
    return [target, fragment];
  };

  const nodeOf = (file: string, fragment: string): SchemaNode | undefined => {
    const key = `${file}#${fragment}`;
    let node = nodes.get(key);
    if (node === undefined) {
      const raw = rawAt(file, fragment);
      if (!isObject(raw)) return undefined;
      node = buildNode(file, fragment, raw, key);
      nodes.set(key, node);
    }
    return node;
  };

  function buildNode(file: string, fragment: string, raw: Readonly<Record<string, unknown>>, key: string): SchemaNode {
    const ref = typeof raw.$ref === "string" ? resolveRef(file, raw.$ref) : undefined;
    return new MetadataNode(file, fragment, raw, ref && `${ref[0]}#${ref[1]}` !== key ? ref : undefined, nodeOf);
  }

  // asked once per record: kept by entity name
  const roots = new Map<string, SchemaNode | undefined>();
  const entityRoot = (entity: string): SchemaNode | undefined => {
    if (roots.has(entity)) return roots.get(entity);
    const address = Object.hasOwn(source.entities, entity) ? source.entities[entity] : undefined;
    const root = address === undefined ? undefined : nodeOf(...resolveRef("", address));
    roots.set(entity, root);
    return root;
  };

  return {
    entity: entityRoot,
    codelist: (id) => (Object.hasOwn(source.codelists, id) ? source.codelists[id] : undefined),
    hasCode: (id, code) => codesOf(id)?.has(code),
    isDeprecated: (id, code) => codesOf(id)?.get(code),
    nodeAt(entity, pointer, value) {
      const tokens = parsePointer(pointer);
      let node = entityRoot(entity);
      if (tokens === undefined || node === undefined) return undefined;
      let current = value;
      for (const token of tokens) {
        node = descend(node, token, current);
        if (node === undefined) return undefined;
        current = Array.isArray(current) ? current[Number(token)] : own(current, token);
      }
      return node;
    },
  };
}

// one step down: an array index into items, a property name into properties, through anyOf by value or, without one, to the only branch that has the property
function descend(node: SchemaNode, token: string, value: unknown): SchemaNode | undefined {
  if (node.anyOf.length > 0) {
    if (value !== undefined) {
      const branch = selectBranch(node, value);
      return branch ? descend(branch, token, value) : undefined;
    }
    const found = node.anyOf.flatMap((branch) => descend(branch, token, undefined) ?? []);
    return found.length === 1 ? found[0] : sameCodelist(found);
  }
  if (node.items && /^(0|[1-9][0-9]*)$/.test(token)) return node.items;
  return node.properties.get(token);
}

// several branches lead to the token: one answer only when they agree on the codelist
function sameCodelist(nodes: readonly SchemaNode[]): SchemaNode | undefined {
  const first = nodes[0];
  if (first === undefined) return undefined;
  const key = (n: SchemaNode) => (n.codelist ? `${n.codelist.codelist}:${n.codelist.open}` : "");
  return nodes.every((n) => key(n) === key(first)) && key(first) !== "" ? first : undefined;
}

// whether a node of the keyword subset accepts "", [] or {}
function allowsEmpty(raw: Readonly<Record<string, unknown>>): boolean {
  switch (raw.type) {
    case "string": {
      if (typeof raw.minLength === "number" && raw.minLength > 0) return false;
      if (Array.isArray(raw.enum) && !raw.enum.includes("")) return false;
      if (Object.hasOwn(raw, "const") && raw.const !== "") return false;
      if (raw.format !== undefined) return false;
      if (typeof raw.pattern === "string") {
        try {
          return new RegExp(raw.pattern, "u").test("");
        } catch {
          return false;
        }
      }
      return true;
    }
    case "array":
      return !(typeof raw.minItems === "number" && raw.minItems > 0);
    case "object":
      return !(Array.isArray(raw.required) && raw.required.length > 0);
    default:
      return false;
  }
}
