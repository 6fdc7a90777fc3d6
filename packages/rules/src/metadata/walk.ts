import { escapeToken } from "@mra-circulair/report";
import { isObject } from "../json.ts";
import { type PropertyEntry, type SchemaNode, selectBranch } from "./schema-metadata.ts";

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
    readonly reach: Reach | undefined,
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
 * Which values a walk visits: the values of the nodes that `visits` accepts, `required` saying whether the
 * parent object's schema requires the property; subtrees without such a node are not entered.
 */
export interface WalkScope {
  visits(node: SchemaNode, required: boolean): boolean;
}

/** Where a walk goes from a node under a scope: whether it visits the node, and the children worth entering. */
interface Step {
  readonly visit: boolean;
  readonly items: SchemaNode | undefined;
  readonly properties: readonly PropertyEntry[];
}

/** What a scope lets a walk skip, worked out once per node: the subtrees without a node the scope visits. */
class Reach {
  readonly #scope: WalkScope;
  // per node, as a required property and as any other value
  readonly #wanted = [new Map<SchemaNode, boolean>(), new Map<SchemaNode, boolean>()] as const;
  readonly #steps = [new Map<SchemaNode, Step>(), new Map<SchemaNode, Step>()] as const;

  constructor(scope: WalkScope) {
    this.#scope = scope;
  }

  /** Whether the node, a branch of its anyOf, or a node below them is visited. */
  #isWanted(node: SchemaNode, required: boolean): boolean {
    const known = this.#wanted[required ? 1 : 0];
    let found = known.get(node);
    if (found === undefined) {
      // a node met again while being worked out (a recursive schema) counts as wanted: never wrongly skipped
      known.set(node, true);
      found =
        this.#scope.visits(node, required) ||
        node.anyOf.some((branch) => this.#isWanted(branch, required)) ||
        (node.items !== undefined && this.#isWanted(node.items, false)) ||
        node.propertyList.some((property) => this.#isWanted(property.node, property.required));
      known.set(node, found);
    }
    return found;
  }

  step(node: SchemaNode, required: boolean): Step {
    const known = this.#steps[required ? 1 : 0];
    let step = known.get(node);
    if (step === undefined) {
      const items = node.items !== undefined && this.#isWanted(node.items, false) ? node.items : undefined;
      const properties = node.propertyList.filter((property) => this.#isWanted(property.node, property.required));
      step = { visit: this.#scope.visits(node, required), items, properties };
      known.set(node, step);
    }
    return step;
  }
}

// one Reach per scope, so that what it worked out serves every record of a run
const reaches = new WeakMap<WalkScope, Reach>();

/**
 * Visits every value of a record that the schema describes, parents before children, object properties
 * in the schema's order. Properties the schema does not know, and values under an `anyOf` no branch of
 * which fits, are not visited: the schema reports those. The walk follows the schema, whose depth is
 * small, so deep data cannot make it run deep. One Visit object is reused for every value. With a scope,
 * only the values of the nodes it accepts are visited, and subtrees without such nodes are not entered.
 */
export function walkRecord(root: SchemaNode, value: unknown, visitor: (visit: Visit) => void, scope?: WalkScope): void {
  let reach: Reach | undefined;
  if (scope !== undefined) {
    reach = reaches.get(scope);
    if (reach === undefined) {
      reach = new Reach(scope);
      reaches.set(scope, reach);
    }
  }
  walk(new WalkState(root, value, visitor, reach), root, value, false, true);
}

const EVERYWHERE: Step = { visit: true, items: undefined, properties: [] };

function walk(state: WalkState, declared: SchemaNode, value: unknown, required: boolean, root: boolean): void {
  const node = declared.anyOf.length > 0 ? (selectBranch(declared, value) ?? declared) : declared;
  const step = state.reach === undefined ? EVERYWHERE : state.reach.step(node, required);
  if (step.visit) {
    state.value = value;
    state.node = node;
    state.root = root;
    state.required = required;
    state.visitor(state);
  }
  if (Array.isArray(value)) {
    const items = state.reach === undefined ? node.items : step.items;
    if (items === undefined) return;
    for (let i = 0; i < value.length; i++) {
      state.tokens.push(i);
      walk(state, items, value[i], false, false);
      state.tokens.pop();
    }
  } else if (isObject(value)) {
    const properties = state.reach === undefined ? node.propertyList : step.properties;
    for (let i = 0; i < properties.length; i++) {
      const property = properties[i] as (typeof properties)[number];
      if (!Object.hasOwn(value, property.name)) continue;
      state.tokens.push(property.name);
      walk(state, property.node, value[property.name], property.required, false);
      state.tokens.pop();
    }
  }
}
