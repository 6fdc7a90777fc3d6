import writeXlsxFile, { type Cell, type Row, type Sheet } from "write-excel-file/universal";
import { type Column, columnsFor, type HeadingForm, headingOf } from "../flatten/columns.ts";
import { type TabularEntityInfo, tabularEntities } from "../flatten/entities.ts";
import { type CellValue, flatten, renderText, slotsFor } from "../flatten/flatten.ts";
import { escapeXlsxText } from "./escape.ts";

export interface WriteXlsxOptions {
  /** The form of the headings, and of the sheet names: the path and dataset key (default), English or Dutch titles. */
  readonly headings?: HeadingForm;
}

/** The name of the sheet of an entity: its dataset key (meta, procurements) or, for title headings, its title. */
export function sheetName(info: TabularEntityInfo, form: HeadingForm): string {
  if (info.entity === "DatasetMeta" || form === "path") return info.datasetKey;
  return info.titles[form];
}

/** A text cell: never a formula, neutralised against formula injection, escaped so that it reads back exactly. */
export function textCell(text: string): Cell {
  return { type: String, value: escapeXlsxText(text) };
}

/** A cell of a value as the writers put it: numbers and booleans typed, strings as neutralised text cells. */
function valueCell(column: Column, value: CellValue | undefined): Cell {
  if (value === undefined) return null;
  if (typeof value === "number") return { type: Number, value };
  if (typeof value === "boolean") return { type: Boolean, value };
  return textCell(renderText(column, value, { decimal: "." }));
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One sheet of rows of an entity, with as many item slots as its records need. */
function entitySheet(info: TabularEntityInfo, records: readonly unknown[], form: HeadingForm): Sheet<Blob> {
  const slots = slotsFor(info.entity, records);
  const columns = columnsFor(info.entity, slots);
  const data: Row[] = [columns.map((column) => textCell(headingOf(info.entity, column, form)))];
  records.forEach((record, index) => {
    const { cells, unplaced } = flatten(info.entity, record, slots);
    if (unplaced.length > 0) {
      throw new TypeError(`${info.datasetKey}/${index}: ${unplaced.join(", ")} has no column in the tabular form`);
    }
    data.push(columns.map((column) => valueCell(column, cells.get(column.path))));
  });
  return { sheet: sheetName(info, form), data, stickyRowsCount: 1 };
}

/** The bytes of a workbook. */
export async function workbookBytes(sheets: Sheet<Blob>[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Writes a dataset document as a workbook: a sheet meta with the metadata in one row, then one sheet per entity
 * list of the dataset (an empty list gives a sheet with headings only). Strings are text cells, never formulas,
 * neutralised as in CSV (G14); integers are number cells; decimals are exact text. Throws a TypeError for a
 * dataset that has no tabular form (an unknown key, a value without a column).
 */
export async function writeXlsx(dataset: unknown, options: WriteXlsxOptions = {}): Promise<Uint8Array> {
  const form = options.headings ?? "path";
  if (!isPlainObject(dataset)) throw new TypeError("a dataset must be an object");
  const infos = tabularEntities();
  const known = new Set(infos.map((info) => info.datasetKey));
  const unknown = Object.keys(dataset).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new TypeError(`the dataset has keys without a sheet: ${unknown.join(", ")}`);
  const sheets: Sheet<Blob>[] = [];
  for (const info of infos) {
    if (!Object.hasOwn(dataset, info.datasetKey)) continue;
    const value = dataset[info.datasetKey];
    if (info.entity === "DatasetMeta") sheets.push(entitySheet(info, [value], form));
    else if (Array.isArray(value)) sheets.push(entitySheet(info, value, form));
    else throw new TypeError(`${info.datasetKey} must be a list`);
  }
  if (sheets.length === 0) throw new TypeError("a workbook needs at least one sheet: the dataset is empty");
  return workbookBytes(sheets);
}
