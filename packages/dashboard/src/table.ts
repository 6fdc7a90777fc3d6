import type { ProgressStatus } from "@mra-circulair/indicators";
import { escapeHtml } from "@mra-circulair/report";

/** One cell of a table: the text shown, and for a number its exact value, for a status its code. */
export interface Cell {
  readonly text: string;
  /** The exact value behind a formatted number, kept in data-value so that scripts and tests need not parse text. */
  readonly value?: string;
  readonly status?: ProgressStatus;
}

/** A column heading; numbers are set right-aligned. */
export interface Column {
  readonly label: string;
  readonly numeric?: boolean;
}

/** The numbers behind a chart, or a table on its own. The first cell of each row names the row. */
export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

function cellHtml(cell: Cell, column: Column | undefined, header: boolean): string {
  const tag = header ? "th" : "td";
  const attributes = [
    header ? ' scope="row"' : "",
    column?.numeric === true ? ' class="num"' : "",
    cell.value === undefined ? "" : ` data-value="${escapeHtml(cell.value)}"`,
  ].join("");
  const content =
    cell.status === undefined
      ? escapeHtml(cell.text)
      : `<span class="badge badge-${cell.status}" data-status="${cell.status}">${escapeHtml(cell.text)}</span>`;
  return `<${tag}${attributes}>${content}</${tag}>`;
}

/** A table as accessible HTML: its caption, column headings and row headings with their scope. */
export function tableHtml(table: Table, caption: string): string {
  const head = table.columns
    .map((column) => `<th scope="col"${column.numeric === true ? ' class="num"' : ""}>${escapeHtml(column.label)}</th>`)
    .join("");
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, i) => cellHtml(cell, table.columns[i], i === 0)).join("")}</tr>`)
    .join("\n");
  return [
    "<table>",
    `<caption>${escapeHtml(caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    "</table>",
  ].join("\n");
}

// a pipe ends a Markdown cell, a line break ends the row, and "<" could open HTML where the Markdown is shown
const markdownCell = (text: string) =>
  text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;")
    .replace(/\s*[\r\n]+\s*/g, " ");

/** A table in GitHub-flavoured Markdown, numbers aligned right. */
export function tableMarkdown(table: Table): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  const rule = `|${table.columns.map((column) => (column.numeric === true ? " ---: " : " --- ")).join("|")}|`;
  return [
    line(table.columns.map((column) => column.label)),
    rule,
    ...table.rows.map((row) => line(row.map((c) => c.text))),
  ].join("\n");
}
