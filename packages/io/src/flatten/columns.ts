import { requireTabularEntity, type TabularEntity } from "./entities.ts";
import type { ArrayNode, LeafNode, ObjectNode, SchemaNode } from "./schema-model.ts";

/**
 * The three interchangeable forms of a heading: the property path (`contractValue/amount`), the English titles
 * (`Contract value: Amount`) and the Dutch titles (`Contractwaarde: Bedrag`).
 */
export type HeadingForm = "path" | "en" | "nl";

/** A step into a record: a property name, or the 0-based index of a list item. */
export type PathSegment = string | number;

/** One column of an entity's tabular form. */
export interface Column {
  /** The property names and item indexes from the record to the value, such as ["criteriaApplied", 0, "use"]. */
  readonly segments: readonly PathSegment[];
  /** The path heading, such as "criteriaApplied/0/use". */
  readonly path: string;
  /** The value the cell holds; for a joined column, the type of each code in it. */
  readonly leaf: LeafNode;
  /** Whether the cell holds a whole list of codes joined with ";" (cpvCodes, mvoiThemes, the eForms codes). */
  readonly joined: boolean;
  /** Whether the record must hold the value: every step to it is required (informative, for templates). */
  readonly required: boolean;
}

/**
 * How many item slots each list of objects (or of values that cannot share a cell) gets, by its generic path:
 * the path with "*" for item indexes, such as "criteriaApplied" or "provenance/*\/sources".
 */
export type SlotCounts = ReadonlyMap<string, number>;

/** The separator of codes in a joined cell. No code of the standard can hold it: every code pattern excludes it. */
export const LIST_SEPARATOR = ";";

/** The separator of the titles of nested properties in a title heading. */
const TITLE_SEPARATOR = ": ";

/** The generic path of a path: item indexes replaced by "*". */
export function genericPath(segments: readonly PathSegment[]): string {
  return segments.map((segment) => (typeof segment === "number" ? "*" : segment)).join("/");
}

/** The columns of an entity for the given slot counts (a list without a count gets one slot). */
export function columnsFor(entity: TabularEntity, slots: SlotCounts = new Map()): readonly Column[] {
  const columns: Column[] = [];
  const walk = (node: SchemaNode, segments: PathSegment[], required: boolean): void => {
    if (node.kind === "leaf" || (node.kind === "array" && node.joined)) {
      const leaf = node.kind === "leaf" ? node : (node.items as LeafNode);
      columns.push({ segments, path: segments.join("/"), leaf, joined: node.kind === "array", required });
      return;
    }
    if (node.kind === "object") {
      for (const property of node.properties) {
        walk(property.node, [...segments, property.key], required && node.required.has(property.key));
      }
      return;
    }
    const count = Math.min(node.maxItems, Math.max(1, slots.get(genericPath(segments)) ?? 1));
    for (let index = 0; index < count; index++) walk(node.items, [...segments, index], false);
  };
  walk(requireTabularEntity(entity).model, [], true);
  return columns;
}

/** The heading of a column in one of the three forms. */
export function headingOf(entity: TabularEntity, column: Pick<Column, "segments" | "path">, form: HeadingForm): string {
  if (form === "path") return column.path;
  const parts: string[] = [];
  let node: SchemaNode = requireTabularEntity(entity).model;
  for (const segment of column.segments) {
    if (typeof segment === "number") {
      parts[parts.length - 1] = `${parts.at(-1)} ${segment + 1}`;
      node = (node as ArrayNode).items;
      continue;
    }
    const property = (node as ObjectNode).byKey.get(segment);
    if (property === undefined) throw new Error(`${column.path}: no such property`);
    parts.push(property.titles[form]);
    node = property.node;
  }
  return parts.join(TITLE_SEPARATOR);
}

/** A heading as read: the column it names and the forms it matched. */
export interface ResolvedHeading {
  readonly column: Column;
  /** The forms the heading is written in; both en and nl when the titles are the same in both languages. */
  readonly forms: ReadonlySet<HeadingForm>;
}

/** Normalises a heading for matching: surrounding white space and case are ignored. */
export function normaliseHeading(heading: string): string {
  return heading.normalize("NFC").trim().toLowerCase();
}

const INDEX = /^(0|[1-9][0-9]{0,8})$/;
const lowerKeys = new WeakMap<ObjectNode, ReadonlyMap<string, string>>();

function lowerKeyMap(node: ObjectNode): ReadonlyMap<string, string> {
  let map = lowerKeys.get(node);
  if (map === undefined) {
    map = new Map(node.properties.map((property) => [property.key.toLowerCase(), property.key]));
    lowerKeys.set(node, map);
  }
  return map;
}

interface Match {
  readonly segments: readonly PathSegment[];
  readonly leaf: LeafNode;
  readonly joined: boolean;
  readonly required: boolean;
}

function ending(node: SchemaNode, segments: readonly PathSegment[], required: boolean): Match | undefined {
  if (node.kind === "leaf") return { segments, leaf: node, joined: false, required };
  if (node.kind === "array" && node.joined) return { segments, leaf: node.items as LeafNode, joined: true, required };
  return undefined;
}

function resolvePath(node: SchemaNode, parts: readonly string[], segments: PathSegment[], required: boolean) {
  if (parts.length === 0) return ending(node, segments, required);
  const [part = "", ...rest] = parts;
  if (node.kind === "object") {
    const key = lowerKeyMap(node).get(part);
    const property = key === undefined ? undefined : node.byKey.get(key);
    if (property === undefined) return undefined;
    return resolvePath(property.node, rest, [...segments, property.key], required && node.required.has(property.key));
  }
  if (node.kind === "array" && !node.joined && INDEX.test(part) && Number(part) < node.maxItems) {
    return resolvePath(node.items, rest, [...segments, Number(part)], false);
  }
  return undefined;
}

function resolveTitles(
  node: SchemaNode,
  rest: string,
  segments: PathSegment[],
  required: boolean,
  form: "en" | "nl",
  atRoot: boolean,
): Match | undefined {
  if (rest === "") return atRoot ? undefined : ending(node, segments, required);
  if (node.kind === "array" && !node.joined) {
    const match = /^ ([1-9][0-9]{0,8})/.exec(rest);
    if (match === null) return undefined;
    const index = Number(match[1]) - 1;
    if (index >= node.maxItems) return undefined;
    return resolveTitles(node.items, rest.slice(match[0].length), [...segments, index], false, form, false);
  }
  if (node.kind !== "object") return undefined;
  let after = rest;
  if (!atRoot) {
    if (!rest.startsWith(TITLE_SEPARATOR)) return undefined;
    after = rest.slice(TITLE_SEPARATOR.length);
  }
  for (const property of node.properties) {
    const title = normaliseHeading(property.titles[form]);
    if (!after.startsWith(title)) continue;
    const found = resolveTitles(
      property.node,
      after.slice(title.length),
      [...segments, property.key],
      required && node.required.has(property.key),
      form,
      false,
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

function toColumn(match: Match): Column {
  return { ...match, path: match.segments.join("/") };
}

/**
 * The column a heading names, in any of the three forms, for any slot index the schema allows; undefined when it
 * names none. Matching ignores case and surrounding white space.
 */
export function resolveHeading(entity: TabularEntity, heading: string): ResolvedHeading | undefined {
  const model = requireTabularEntity(entity).model;
  const text = normaliseHeading(heading);
  if (text === "") return undefined;
  const matches: [HeadingForm, Match | undefined][] = [
    ["path", resolvePath(model, text.split("/"), [], true)],
    ["en", resolveTitles(model, text, [], true, "en", true)],
    ["nl", resolveTitles(model, text, [], true, "nl", true)],
  ];
  let column: Column | undefined;
  const forms = new Set<HeadingForm>();
  for (const [form, match] of matches) {
    if (match === undefined) continue;
    const path = match.segments.join("/");
    if (column === undefined) column = toColumn(match);
    // a heading that names two different columns in two forms names neither
    else if (column.path !== path) return undefined;
    forms.add(form);
  }
  return column === undefined ? undefined : { column, forms };
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "prototype", "constructor"]);

/** Whether a heading names a key that could reach an object's prototype (`__proto__`, `a/__proto__/x`, `constructor/prototype`). */
export function isForbiddenHeading(heading: string): boolean {
  return normaliseHeading(heading)
    .split(/[/.:\s[\]]+/u)
    .some((token) => FORBIDDEN_KEYS.has(token));
}
