import { LIST_SEPARATOR } from "./columns.ts";
import { unneutralise } from "./neutralise.ts";
import type { LeafNode } from "./schema-model.ts";

/** The decimal separator of decimal cells (Amount, Quantity, Percentage, ObservationValue). */
export type DecimalSeparator = "." | ",";

/** How dates are written in cells: ISO 8601 always; Dutch dd-mm-yyyy only when declared. */
export type DateFormat = "iso" | "dd-mm-yyyy";

export interface CellOptions {
  readonly decimal: DecimalSeparator;
  readonly dateFormat: DateFormat;
}

/** A number cell of a workbook, with its exact text as stored in the file (never a rounded double). */
export class NumberCell {
  constructor(readonly text: string) {}
}

/** A cell as a reader gives it: text (CSV, or a text cell), or a typed workbook cell; null when empty. */
export type CellInput = string | boolean | Date | NumberCell | null | undefined;

/** A problem with one cell, for the reader to turn into a finding. */
export type CellIssue = "decimal" | "date-format" | "date-cell";

/** What a cell holds after conversion; `absent` for an empty cell. */
export type Converted =
  | { readonly absent: true }
  | { readonly absent?: false; readonly value: unknown; readonly issue?: CellIssue };

const ABSENT: Converted = { absent: true };

const INTEGER = /^[+-]?[0-9]+$/;
const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ["true", true],
  ["false", false],
  ["waar", true],
  ["onwaar", false],
  ["1", true],
  ["0", false],
]);
const DUTCH_DATE = /^([0-9]{1,2})-([0-9]{1,2})-([0-9]{4})$/;
const COMMA_DECIMAL = /^([+-]?)([0-9]+)(?:,([0-9]+))?$/;
const GROUPED_COMMA_DECIMAL = /^([+-]?)([1-9][0-9]{0,2}(?:\.[0-9]{3})+)(?:,([0-9]+))?$/;
const NUMERIC_LOOKING = /^[+-]?[0-9][0-9.,]*$/;

/** A decimal cell in the file's separator as the standard writes it: "1.234,56" with the decimal comma is "1234.56". */
export function readDecimal(text: string, decimal: DecimalSeparator): { value: string; issue?: CellIssue } {
  if (decimal === ",") {
    const plain = COMMA_DECIMAL.exec(text) ?? GROUPED_COMMA_DECIMAL.exec(text);
    if (plain !== null) {
      const [, sign = "", whole = "", fraction] = plain;
      return { value: `${sign}${whole.replaceAll(".", "")}${fraction === undefined ? "" : `.${fraction}`}` };
    }
    // a point that is no thousands grouping is a decimal point written under the decimal comma: never guessed
    return NUMERIC_LOOKING.test(text) && text.includes(".") ? { value: text, issue: "decimal" } : { value: text };
  }
  return NUMERIC_LOOKING.test(text) && text.includes(",") ? { value: text, issue: "decimal" } : { value: text };
}

/** A decimal string as a writer puts it in a cell with the given separator (no thousands grouping). */
export function writeDecimal(value: string, decimal: DecimalSeparator): string {
  return decimal === "," ? value.replace(".", ",") : value;
}

function readDate(text: string, dateFormat: DateFormat): { value: string; issue?: CellIssue } {
  const dutch = DUTCH_DATE.exec(text);
  if (dutch === null) return { value: text };
  if (dateFormat === "iso") return { value: text, issue: "date-format" };
  const [, day = "", month = "", year = ""] = dutch;
  return { value: `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}` };
}

/** The text of a cell as the value of a leaf: typed by the schema, decimals and dates normalised. */
function convertText(leaf: LeafNode, text: string, options: CellOptions): Converted {
  switch (leaf.type) {
    case "integer": {
      // a cell that is not an integer stays text, so that the schema reports it with the cell's location
      if (!INTEGER.test(text)) return { value: text };
      const number = Number(text);
      return { value: Number.isSafeInteger(number) ? number : text };
    }
    case "number": {
      const { value, issue } = readDecimal(text, options.decimal);
      const number = Number(value);
      if (issue !== undefined) return { value, issue };
      return { value: value.trim() !== "" && Number.isFinite(number) ? number : value };
    }
    case "boolean": {
      const known = BOOLEANS.get(text.trim().toLowerCase());
      return { value: known ?? text };
    }
    case "string": {
      const string = unneutralise(text);
      if (leaf.decimal) return readDecimal(string, options.decimal);
      if (leaf.format === "date") return readDate(string, options.dateFormat);
      return { value: string };
    }
  }
}

const EXPONENT = /^([+-]?)([0-9]+)(?:\.([0-9]+))?[eE]([+-]?[0-9]{1,3})$/;

/** A number's text without exponent, exactly: "1.5E-3" is "0.0015"; plain text is returned as it is. */
export function plainNumberText(text: string): string {
  const match = EXPONENT.exec(text);
  if (match === null) return text;
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  let result: string;
  if (point <= 0) result = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) result = digits + "0".repeat(point - digits.length);
  else result = `${digits.slice(0, point)}.${digits.slice(point)}`;
  result = result.replace(/^0+(?=[0-9])/, "");
  if (result.includes(".")) result = result.replace(/0+$/, "").replace(/\.$/, "");
  return `${sign === "-" ? "-" : ""}${result}`;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * A workbook date as ISO 8601 text in UTC, which is how the reader of the workbook gives a date without a zone,
 * to the nearest second: an Excel date is a fraction of days, so 12:30 comes out as 12:29:59.9999.
 */
function isoDate(exact: Date): { date: string; dateTime: string; midnight: boolean } {
  const date = new Date(Math.round(exact.getTime() / 1000) * 1000);
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  const midnight = time === "00:00:00";
  return { date: day, dateTime: `${day}T${time}`, midnight };
}

/** A cell as the value of a leaf; joined cells are split by the caller. */
export function convertCell(leaf: LeafNode, cell: CellInput, options: CellOptions): Converted {
  if (cell === null || cell === undefined || cell === "") return ABSENT;
  if (typeof cell === "string") return convertText(leaf, cell, options);
  if (typeof cell === "boolean") return { value: cell };
  if (cell instanceof NumberCell) {
    const text = plainNumberText(cell.text);
    if (leaf.type === "string") return { value: text };
    if (leaf.type === "boolean" && (text === "0" || text === "1")) return { value: text === "1" };
    const number = Number(text);
    if (leaf.type === "integer" && Number.isInteger(number) && !Number.isSafeInteger(number)) return { value: text };
    return { value: Number.isFinite(number) ? number : text };
  }
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { value: String(cell), issue: "date-cell" };
    const { date, dateTime, midnight } = isoDate(cell);
    if (leaf.type === "string" && leaf.format === "date" && midnight) return { value: date };
    return { value: midnight ? date : dateTime, issue: "date-cell" };
  }
  return { value: String(cell) };
}

/** A joined cell as the list of its codes: the text split on ";" and each code trimmed. */
export function splitJoined(cell: CellInput): string[] | undefined {
  if (cell === null || cell === undefined || cell === "") return undefined;
  const text = cell instanceof NumberCell ? plainNumberText(cell.text) : String(cell);
  return unneutralise(text)
    .split(LIST_SEPARATOR)
    .map((code) => code.trim());
}
