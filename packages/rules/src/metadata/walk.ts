import { escapeToken } from "@mra-circulair/report";
import { isObject } from "../json.ts";
import { type SchemaNode, selectBranch } from "./schema-metadata.ts";

/** One value of a record met on a walk, with the schema node that describes it. Valid only during the visit. */
export interface Visit {
  /** The value. */
  readonly value: unknown;
  /** The schema node of the value, with `anyOf` resolved by the value where it can be. */
  readonly node: SchemaNode;
  /** JSON Pointer of the value inside the record; built when asked for, so ask only to report. */
  readonly pointer: string;
  /** Whether this is the record itself. */
  readonly root: boolean;
  /** Whether the parent object's schema requires this property; false for array items and the record itself. */
  readonly required: boolean;
}

// one mutable visit per walk; the tokens of its pointer are kept as a stack and joined only when asked for
class WalkState implements Visit {
  value: unknown;
  node: SchemaNode;
  root = true;
  required = false;
  readonly tokens: (string | number)[] = [];

  constructor(
    node: SchemaNode,
    value: unknown,
    readonly visitor: (visit: Visit) => void,
  ) {
    this.node = node;
    this.value = value;
  }

  get pointer(): string {
    let pointer = "";
    for (const token of this.tokens) pointer += `/${typeof token === "number" ? token : escapeToken(token)}`;
    return pointer;
  }
}

/**
 * Visits every value of a record that the schema describes, parents before children, object properties
 * in the schema's order. Properties the schema does not know, and values under an `anyOf` no branch of
 * which fits, are not visited: the schema reports those. The walk follows the schema, whose depth is
 * small, so deep data cannot make it run deep. One Visit object is reused for every value.
 */
export function walkRecord(root: SchemaNode, value: unknown, visitor: (visit: Visit) => void): void {
  walk(new WalkState(root, value, visitor), root, value, false, true);
}

function walk(state: WalkState, declared: SchemaNode, value: unknown, required: boolean, root: boolean): void {
  const node = declared.anyOf.length > 0 ? (selectBranch(declared, value) ?? declared) : declared;
  state.value = value;
  state.node = node;
  state.root = root;
  state.required = required;
  state.visitor(state);
  if (Array.isArray(value)) {
    const items = node.items;
    if (items === undefined) return;
    for (let i = 0; i < value.length; i++) {
      state.tokens.push(i);
      walk(state, items, value[i], false, false);
      state.tokens.pop();
    }
  } else if (isObject(value)) {
    const properties = node.propertyList;
    for (let i = 0; i < properties.length; i++) {
      const property = properties[i] as (typeof properties)[number];
      if (!Object.hasOwn(value, property.name)) continue;
      state.tokens.push(property.name);
      walk(state, property.node, value[property.name], property.required, false);
      state.tokens.pop();
    }
  }
}
