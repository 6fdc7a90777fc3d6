import { sanitize } from "@mra-circulair/report";
import { width } from "./text.ts";

/**
 * Aligns rows in columns two spaces apart; the last column is not padded, so no line ends in spaces.
 * Cells may hold data from a file, so they are sanitised (no control characters or escape sequences).
 */
export function columns(cells: readonly (readonly string[])[]): string[] {
  const rows = cells.map((row) => row.map((cell) => sanitize(cell)));
  const count = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: count }, (_, column) => Math.max(...rows.map((row) => width(row[column] ?? ""))));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column === row.length - 1 ? cell : cell + " ".repeat((widths[column] ?? 0) - width(cell)),
      )
      .join("  ")
      .trimEnd(),
  );
}

/** A header line, styled, above the aligned rows. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  style = (s: string) => s,
): string[] {
  const [head = "", ...body] = columns([header, ...rows]);
  return [style(head), ...body];
}
