import type { Language } from "@mra-circulair/report";
import { getCodelist } from "@mra-circulair/schema";
import type { CsvDelimiter } from "../csv/record-splitter.ts";
import { csvLine, writeCsvText } from "../csv/write-csv.ts";
import { type Column, columnsFor, genericPath, headingOf } from "../flatten/columns.ts";
import { requireTabularEntity, type TabularEntity } from "../flatten/entities.ts";
import type { ArrayNode, SchemaNode } from "../flatten/schema-model.ts";
import { sheetName, textCell, workbookBytes } from "./write-xlsx.ts";

/** How many item slots a template gives each list of objects (or of web addresses): users add more by number. */
export const TEMPLATE_SLOTS = 3;

export interface TemplateOptions {
  readonly format: "csv" | "xlsx";
  /** The language of the headings and hints; Dutch by default. */
  readonly lang?: Language;
  /** The delimiter of a CSV template: ";" for Dutch (as Dutch Excel expects), "," for English, by default. */
  readonly delimiter?: CsvDelimiter;
}

const WORDS = {
  nl: { open: "open lijst", several: "meerdere, gescheiden door ;" },
  en: { open: "open list", several: "several, separated by ;" },
} as const;

/**
 * The codelist hint of a coded column: "codes: a | b | c", or "codes (open list; several, separated by ;): ...".
 * Every hint starts with "codes: " or "codes (", which no value of an id column can, so the readers recognise and
 * skip the hint row (row 2) of a template that was filled in without deleting it.
 */
export function codelistHint(column: Column, lang: Language): string | undefined {
  const { leaf } = column;
  const codes =
    leaf.codes ??
    (leaf.codelist === undefined ? undefined : getCodelist(leaf.codelist)?.codes.map((entry) => entry.code));
  if (codes === undefined || codes.length === 0) return undefined;
  const notes: string[] = [];
  if (leaf.openCodelist === true) notes.push(WORDS[lang].open);
  if (column.joined) notes.push(WORDS[lang].several);
  const prefix = notes.length === 0 ? "codes: " : `codes (${notes.join("; ")}): `;
  return prefix + codes.join(" | ");
}

/** The slot counts of a template: TEMPLATE_SLOTS for every list (within its maxItems). */
function templateSlots(entity: TabularEntity): Map<string, number> {
  const slots = new Map<string, number>();
  const walk = (node: SchemaNode, path: (string | number)[]): void => {
    if (node.kind === "object") for (const property of node.properties) walk(property.node, [...path, property.key]);
    else if (node.kind === "array" && !node.joined) {
      slots.set(genericPath(path), Math.min((node as ArrayNode).maxItems, TEMPLATE_SLOTS));
      walk(node.items, [...path, 0]);
    }
  };
  walk(requireTabularEntity(entity).model, []);
  return slots;
}

/**
 * An empty table for one entity to fill in: the headings in the chosen language, and a second row with the
 * codelist hint of every coded column (documented choice: a hint row rather than a notes sheet, so that CSV and
 * XLSX templates look the same; both readers skip it). Lists of objects get TEMPLATE_SLOTS numbered slots.
 * CSV templates are UTF-8 with a BOM, so that Excel shows é and € correctly.
 */
export async function template(entity: TabularEntity, options: TemplateOptions): Promise<Uint8Array> {
  const info = requireTabularEntity(entity);
  const lang = options.lang ?? "nl";
  const columns = columnsFor(entity, templateSlots(entity));
  const hints = columns.map((column) => codelistHint(column, lang) ?? "");
  if (options.format === "csv") {
    const delimiter = options.delimiter ?? (lang === "nl" ? ";" : ",");
    const headingLine = writeCsvText([], {
      entity,
      delimiter,
      headings: lang,
      bom: true,
      slots: templateSlots(entity),
    });
    const hintLine = csvLine(hints, delimiter);
    return new TextEncoder().encode(headingLine + hintLine);
  }
  return workbookBytes([
    {
      sheet: sheetName(info, lang),
      data: [
        columns.map((column) => textCell(headingOf(entity, column, lang))),
        hints.map((hint) => (hint === "" ? null : textCell(hint))),
      ],
      stickyRowsCount: 2,
    },
  ]);
}
