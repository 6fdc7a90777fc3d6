/** The validation meaning of a schema node, reduced to the keyword subset of schemas/README.md. */
export type Node =
  | StringNode
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "const"; readonly value: string | number | boolean | null }
  | { readonly kind: "integer"; readonly minimum: number; readonly maximum: number }
  | { readonly kind: "number"; readonly minimum?: number; readonly maximum?: number }
  | { readonly kind: "boolean" }
  | { readonly kind: "null" }
  | ArrayNode
  | ObjectNode
  | { readonly kind: "ref"; readonly name: string }
  | { readonly kind: "anyOf"; readonly variants: readonly Node[] };

export interface StringNode {
  readonly kind: "string";
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: "date" | "date-time";
}

export interface ArrayNode {
  readonly kind: "array";
  readonly items: Node;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems: boolean;
}

export interface ObjectNode {
  readonly kind: "object";
  readonly properties: readonly Property[];
}

export interface Property {
  readonly name: string;
  readonly node: Node;
  readonly required: boolean;
  readonly doc: Doc;
}

/** The annotations that end up in generated comments. */
export interface Doc {
  readonly description?: string;
  readonly nlTitle?: string;
  readonly deprecated: boolean;
}

/** A named type: an entity (a file's root) or a $defs entry. */
export interface Definition {
  readonly name: string;
  readonly file: string;
  readonly path: readonly string[];
  readonly node: Node;
  readonly doc: Doc;
}

export interface Model {
  /** Every named type, dependencies before their dependents. */
  readonly definitions: readonly Definition[];
  /** Entity name to file name, in file-name order. */
  readonly entities: ReadonlyMap<string, string>;
}
