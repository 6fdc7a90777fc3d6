import type { Finding } from "@mra-circulair/report";
import { formatPointer } from "@mra-circulair/report";
import { type CellInput, type CellOptions, type DecimalSeparator, writeDecimal } from "./cells.ts";
import { type Column, genericPath, LIST_SEPARATOR, type PathSegment, type SlotCounts } from "./columns.ts";
import { requireTabularEntity, type TabularEntity } from "./entities.ts";
import { neutralise, PLAIN_NUMBER } from "./neutralise.ts";
import type { LeafNode, SchemaNode } from "./schema-model.ts";
import { TableReader } from "./table.ts";

/** A cell as the writers put it: text, a number or a boolean. */
export type CellValue = string | number | boolean;

/** A record as cells: by column path, plus the pointers of the values no column can hold. */
export interface FlatRecord {
  readonly cells: ReadonlyMap<string, CellValue>;
  /** JSON Pointers of values that have no column (an unknown property, a wrong type, a list longer than its slots). */
  readonly unplaced: readonly string[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function leafFits(leaf: LeafNode, value: unknown): value is CellValue {
  switch (leaf.type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
  }
}

/** Whether a list of codes can be written as one joined cell and read back as the same list. */
function joinable(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.every(
      (code) => typeof code === "string" && code !== "" && !code.includes(LIST_SEPARATOR) && code.trim() === code,
    )
  );
}

/** The number of item slots the records need for each of their lists (at least one each). */
export function slotsFor(entity: TabularEntity, records: Iterable<unknown>): Map<string, number> {
  const slots = new Map<string, number>();
  const walk = (node: SchemaNode, value: unknown, segments: PathSegment[]): void => {
    if (node.kind === "object" && isPlainObject(value)) {
      for (const property of node.properties) {
        if (Object.hasOwn(value, property.key)) walk(property.node, value[property.key], [...segments, property.key]);
      }
    } else if (node.kind === "array" && !node.joined && Array.isArray(value)) {
      const key = genericPath(segments);
      slots.set(key, Math.max(slots.get(key) ?? 1, Math.min(value.length, node.maxItems)));
      value.forEach((item, index) => {
        walk(node.items, item, [...segments, index]);
      });
    }
  };
  const model = requireTabularEntity(entity).model;
  for (const record of records) walk(model, record, []);
  return slots;
}

/** A record as cells by column path, for the given slots (by default, the slots the record itself needs). */
export function flatten(entity: TabularEntity, record: unknown, slots?: SlotCounts): FlatRecord {
  const counts = slots ?? slotsFor(entity, [record]);
  const cells = new Map<string, CellValue>();
  const unplaced: string[] = [];
  const walk = (node: SchemaNode, value: unknown, segments: PathSegment[]): void => {
    const here = () => formatPointer(segments);
    if (node.kind === "leaf") {
      if (leafFits(node, value)) cells.set(segments.join("/"), value);
      else unplaced.push(here());
      return;
    }
    if (node.kind === "array" && node.joined) {
      if (joinable(value)) cells.set(segments.join("/"), value.join(LIST_SEPARATOR));
      else unplaced.push(here());
      return;
    }
    if (node.kind === "array") {
      if (!Array.isArray(value)) {
        unplaced.push(here());
        return;
      }
      const count = Math.min(node.maxItems, Math.max(1, counts.get(genericPath(segments)) ?? 1));
      value.forEach((item, index) => {
        if (index < count) walk(node.items, item, [...segments, index]);
        else unplaced.push(formatPointer([...segments, index]));
      });
      return;
    }
    if (!isPlainObject(value)) {
      unplaced.push(here());
      return;
    }
    for (const key of Object.keys(value)) {
      const property = node.byKey.get(key);
      if (property === undefined) unplaced.push(formatPointer([...segments, key]));
      else walk(property.node, value[key], [...segments, key]);
    }
  };
  walk(requireTabularEntity(entity).model, record, []);
  return { cells, unplaced };
}

/** How a writer renders cells. */
export interface RenderOptions {
  /** The decimal separator of decimal columns; "." in a workbook. */
  readonly decimal: DecimalSeparator;
}

/**
 * A cell value as text for a CSV file: decimals in the given separator, integers as digits, and every other
 * string neutralised against formula injection (a leading ' when it could start a formula).
 */
export function renderText(column: Column, value: CellValue, options: RenderOptions): string {
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return writeDecimal(String(value), options.decimal);
  if (column.leaf.decimal && !column.joined && PLAIN_NUMBER.test(value)) return writeDecimal(value, options.decimal);
  return neutralise(value);
}

/** Options of {@link unflatten}. */
export interface UnflattenOptions extends Partial<CellOptions> {
  /** The file name for the locations of the issues; "" by default. */
  readonly file?: string;
}

/** A record built from cells, with findings for the cells and headings it could not read. */
export interface UnflattenResult {
  /** The record; undefined when every cell is empty. */
  readonly value: Record<string, unknown> | undefined;
  readonly findings: readonly Finding[];
}

/**
 * A record from cells keyed by heading, in any of the three heading forms (path, English or Dutch titles). Cells
 * are typed by the schema: integers and booleans converted, strings kept, an empty cell an absent property.
 * Headings that name no property, or a key such as `__proto__`, give a finding and are never applied.
 */
export function unflatten(
  entity: TabularEntity,
  cells: Iterable<readonly [heading: string, cell: CellInput]>,
  options: UnflattenOptions = {},
): UnflattenResult {
  const entries = [...cells];
  const reader = new TableReader(
    entries.map(([heading]) => heading),
    {
      file: options.file ?? "",
      entity,
      decimal: options.decimal ?? ".",
      dateFormat: options.dateFormat ?? "iso",
    },
  );
  const { record, findings } = reader.row(
    entries.map(([, cell]) => cell),
    2,
  );
  return { value: record?.value, findings: [...reader.headingFindings, ...findings] };
}
