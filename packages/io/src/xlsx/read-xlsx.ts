import { type Finding, type SourceLocation, sanitize } from "@mra-circulair/report";
import readXlsxFile from "read-excel-file/universal";
import { type BytesInput, byteChunks } from "../encoding/decode.ts";
import { type CellInput, type DateFormat, type DecimalSeparator, NumberCell } from "../flatten/cells.ts";
import { normaliseHeading } from "../flatten/columns.ts";
import { type TabularEntityInfo, tabularEntities } from "../flatten/entities.ts";
import { TableReader } from "../flatten/table.ts";
import type { TabularReadItem } from "../flatten/tabular-record.ts";
import {
  xlsxCellError,
  xlsxCellOutOfRange,
  xlsxDuplicateSheet,
  xlsxFormula,
  xlsxInvalid,
  xlsxTooLarge,
  xlsxUnknownSheet,
} from "../tabular-codes.ts";
import { checkWorkbook, DEFAULT_XLSX_LIMITS, type XlsxLimits } from "./intake.ts";

export interface ReadXlsxOptions {
  /** The file name as the user gave it, for the locations of findings. */
  readonly file: string;
  /** The intake limits; see {@link XlsxLimits} for the defaults. */
  readonly limits?: XlsxLimits;
  /** The decimal separator of decimal cells written as text; "." by default (a number cell needs none). */
  readonly decimal?: DecimalSeparator;
  /** How dates written as text are read; "iso" by default. */
  readonly dateFormat?: DateFormat;
}

/** The entity a sheet holds, by its name: the dataset key (procurements) or its English or Dutch title. */
export function entityOfSheet(name: string): TabularEntityInfo | undefined {
  const wanted = normaliseHeading(name);
  return tabularEntities().find(
    (info) =>
      normaliseHeading(info.datasetKey) === wanted ||
      normaliseHeading(info.titles.en) === wanted ||
      normaliseHeading(info.titles.nl) === wanted,
  );
}

const CELL = /^([A-Z]{1,3})([0-9]+)$/;

function cellLocation(file: string, sheet: string, ref: string | undefined): SourceLocation {
  const match = ref === undefined ? null : CELL.exec(ref);
  if (match === null) return { file, sheet };
  let column = 0;
  for (const letter of match[1] as string) column = column * 26 + letter.charCodeAt(0) - 64;
  return { file, sheet, row: Number(match[2]), column };
}

async function collect(input: BytesInput, maxBytes: number): Promise<Uint8Array | undefined> {
  if (input instanceof Uint8Array) return input.length > maxBytes ? undefined : input;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of byteChunks(input)) {
    total += chunk.length;
    if (total > maxBytes) return undefined;
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * Reads a workbook with one sheet per entity (named after the dataset key, such as procurements, or its English
 * or Dutch title, and meta for the metadata), as records in the Record contract with their sheet and row. The
 * intake limits are checked before anything is unpacked for reading; cell values are the cached values, never
 * formulas. Never throws on data: a workbook it cannot read safely is one finding.
 */
export async function* readXlsx(input: BytesInput, options: ReadXlsxOptions): AsyncGenerator<TabularReadItem> {
  const { file } = options;
  const finding = (f: Finding): TabularReadItem => ({ kind: "finding", finding: f });
  const site = (location: SourceLocation = { file }) => ({ pointer: "", location });
  const maxFileBytes = options.limits?.maxFileBytes ?? DEFAULT_XLSX_LIMITS.maxFileBytes;
  const bytes = await collect(input, maxFileBytes);
  if (bytes === undefined) {
    yield finding(
      xlsxTooLarge.finding(site(), { measure: "file-bytes", actual: `> ${maxFileBytes}`, limit: maxFileBytes }),
    );
    return;
  }
  const intake = await checkWorkbook(bytes, options.limits);
  if (!intake.ok) {
    const { problem } = intake;
    if (problem.kind === "invalid")
      yield finding(xlsxInvalid.finding(site(), { reason: sanitize(problem.reason, 120) }));
    else if (problem.kind === "too-large") {
      const { measure, actual, limit } = problem;
      yield finding(xlsxTooLarge.finding(site(), { measure, actual, limit }));
    } else {
      yield finding(
        xlsxCellOutOfRange.finding(site({ file, sheet: problem.sheet }), { cell: sanitize(problem.cell, 40) }),
      );
    }
    return;
  }

  let sheets: { sheet: string; data: CellInput[][] }[];
  try {
    const buffer =
      bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : (bytes.slice().buffer as ArrayBuffer);
    const read = await readXlsxFile<NumberCell>(buffer, { trim: false, parseNumber: (text) => new NumberCell(text) });
    sheets = read as unknown as { sheet: string; data: CellInput[][] }[];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    yield finding(xlsxInvalid.finding(site(), { reason: sanitize(reason, 120) }));
    return;
  }

  const formulas = new Map(intake.sheets.map((sheet) => [sheet.name, sheet]));
  const seen = new Map<string, string>();
  for (const { sheet, data } of sheets) {
    const info = entityOfSheet(sheet);
    if (info === undefined) {
      yield finding(xlsxUnknownSheet.finding(site({ file, sheet }), { sheet: JSON.stringify(sheet) }));
      continue;
    }
    const first = seen.get(info.entity);
    if (first !== undefined) {
      yield finding(
        xlsxDuplicateSheet.finding(
          { pointer: "", location: { file, sheet }, entity: info.entity },
          { sheet: JSON.stringify(sheet), first: JSON.stringify(first) },
        ),
      );
      continue;
    }
    seen.set(info.entity, sheet);
    const scan = formulas.get(sheet);
    if (scan !== undefined && scan.formulas > 0) {
      yield finding(
        xlsxFormula.finding(
          { pointer: "", location: cellLocation(file, sheet, scan.firstFormula), entity: info.entity },
          { count: scan.formulas },
        ),
      );
    }
    const [headings, ...rows] = data;
    if (headings === undefined) continue;
    const table = new TableReader(headings, {
      file,
      sheet,
      entity: info.entity,
      decimal: options.decimal ?? ".",
      dateFormat: options.dateFormat ?? "iso",
    });
    yield { kind: "header", header: table.header };
    for (const headingFinding of table.headingFindings) yield finding(headingFinding);
    // read-excel-file reads an error cell as empty: never silently; the row reports it, or else the sheet below
    const { byRow: errorCells, unplaced } = errorCellsByRow(file, sheet, scan?.errorCells ?? []);
    for (let index = 0; index < rows.length; index++) {
      const cells = rows[index] as CellInput[];
      const row = index + 2;
      if (row === 2 && table.isHintRow(cells)) continue;
      const { record, findings } = table.row(cells, row, errorCells.get(row));
      errorCells.delete(row);
      if (record !== undefined) yield { kind: "record", record };
      for (const cellFinding of findings) yield finding(cellFinding);
    }
    const left = [...errorCells].flatMap(([row, columns]) =>
      columns.map((column) => ({ file, sheet, row, column: column + 1 })),
    );
    for (const location of [...left, ...unplaced]) {
      const heading = location.column === undefined ? undefined : table.header.headings[location.column - 1]?.heading;
      const site = {
        pointer: "",
        location: heading === undefined ? location : { ...location, heading },
        entity: info.entity,
      };
      yield finding(xlsxCellError.finding(site));
    }
  }
}

/** The 0-based columns of the error cells of a sheet by row, and the cells whose reference names no row and column. */
function errorCellsByRow(file: string, sheet: string, refs: readonly string[]) {
  const byRow = new Map<number, number[]>();
  const unplaced: SourceLocation[] = [];
  for (const ref of refs) {
    const location = cellLocation(file, sheet, ref);
    const { row, column } = location;
    if (row === undefined || column === undefined) unplaced.push(location);
    else byRow.set(row, [...(byRow.get(row) ?? []), column - 1]);
  }
  return { byRow, unplaced };
}
