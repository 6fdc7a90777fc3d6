import { entryData, inflateEntry, readCentralDirectory, Zip64Error, type ZipEntry, ZipFormatError } from "./zip.ts";

/** The intake limits of a workbook, checked before anything is unpacked for reading. */
export interface XlsxLimits {
  /** The largest workbook file, in bytes; 512 MiB by default. */
  readonly maxFileBytes?: number;
  /** The largest total of the entries' uncompressed sizes; 512 MiB by default. */
  readonly maxUncompressedBytes?: number;
  /** The smallest compressed/uncompressed ratio of an entry (or of all) above 1 MiB; 0.01 (1:100) by default. */
  readonly minInflateRatio?: number;
  /** The most entries in the zip archive; 10,000 by default. */
  readonly maxEntries?: number;
  /** The most sheets; 256 by default. */
  readonly maxSheets?: number;
  /** The most shared strings; 4,194,304 by default. */
  readonly maxSharedStrings?: number;
}

export const DEFAULT_XLSX_LIMITS: Required<XlsxLimits> = {
  maxFileBytes: 512 * 1024 * 1024,
  maxUncompressedBytes: 512 * 1024 * 1024,
  minInflateRatio: 0.01,
  maxEntries: 10_000,
  maxSheets: 256,
  maxSharedStrings: 4 * 1024 * 1024,
};

/** Entries below this size are not held to the inflate ratio: small XML parts compress very well. */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** Excel's largest sheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type IntakeProblem =
  | { readonly kind: "invalid"; readonly reason: string }
  | { readonly kind: "too-large"; readonly measure: string; readonly actual: number | string; readonly limit: number }
  | { readonly kind: "cell-out-of-range"; readonly sheet: string; readonly cell: string };

/** A sheet of the workbook as the intake saw it. */
export interface SheetIntake {
  readonly name: string;
  readonly formulas: number;
  /** The cell of the first formula, such as "C7". */
  readonly firstFormula?: string;
  /** The cells that hold an error value such as #DIV/0! (the first 10,000), which the workbook reader drops. */
  readonly errorCells: readonly string[];
}

const MAX_ERROR_CELLS = 10_000;

export type IntakeResult =
  | { readonly ok: true; readonly sheets: readonly SheetIntake[] }
  | { readonly ok: false; readonly problem: IntakeProblem };

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
// the parts read-excel-file inflates
const READ_PARTS = /\.xml(\.rels)?$|\.rels$/;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/** The 1-based column number of column letters, or undefined for more than three letters. */
function columnNumber(letters: string): number | undefined {
  if (letters.length > 3) return undefined;
  let number = 0;
  for (const letter of letters) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

const CELL_REF = /^([A-Za-z]{1,4})([0-9]{1,10})$/;

/** Scans worksheet XML in chunks for cell and row references beyond Excel's limits, and counts formulas. */
class SheetScanner {
  #carry = "";
  #row = 0;
  #column = 0;
  #cell = "";
  formulas = 0;
  firstFormula: string | undefined;
  readonly errorCells: string[] = [];
  violation: string | undefined;

  push(text: string): void {
    if (this.violation !== undefined) return;
    const all = this.#carry + text;
    const open = all.lastIndexOf("<");
    const cut = open > all.lastIndexOf(">") ? open : all.length;
    this.#carry = all.slice(cut);
    // a tag longer than a megabyte is no tag of a sheet
    if (this.#carry.length > RATIO_GRACE_BYTES) this.violation = "a tag of more than 1 MiB";
    for (const match of all.slice(0, cut).matchAll(/<(?:[A-Za-z_][\w.-]*:)?(row|c|f|dimension)\b([^>]*)>/g)) {
      this.#tag(match[1] as string, match[2] as string);
      if (this.violation !== undefined) return;
    }
  }

  #tag(name: string, attributes: string): void {
    const attribute = (key: string) => new RegExp(`(?:^|\\s)${key}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attributes);
    if (name === "row") {
      const r = attribute("r");
      this.#row = r === null ? this.#row + 1 : Number(r[2] ?? r[3]);
      this.#column = 0;
      if (!Number.isSafeInteger(this.#row) || this.#row < 1 || this.#row > MAX_ROWS) {
        this.violation = r === null ? `row ${this.#row}` : `row ${r[2] ?? r[3]}`;
      }
    } else if (name === "c") {
      const r = attribute("r");
      if (r === null) {
        this.#column++;
        this.#cell = `R${this.#row}C${this.#column}`;
        if (this.#column > MAX_COLUMNS) this.violation = this.#cell;
        return;
      }
      this.#cell = r[2] ?? r[3] ?? "";
      this.#checkRef(this.#cell, true);
      const type = attribute("t");
      if ((type?.[2] ?? type?.[3]) === "e" && this.errorCells.length < MAX_ERROR_CELLS)
        this.errorCells.push(this.#cell);
    } else if (name === "f") {
      if (this.formulas === 0) this.firstFormula = this.#cell;
      this.formulas++;
    } else if (name === "dimension") {
      const ref = attribute("ref");
      for (const part of (ref?.[2] ?? ref?.[3] ?? "").split(":"))
        if (part !== "") this.#checkRef(part.replaceAll("$", ""), false);
    }
  }

  #checkRef(ref: string, track: boolean): void {
    const match = CELL_REF.exec(ref);
    const column = match === null ? undefined : columnNumber((match[1] as string).toUpperCase());
    const row = match === null ? Number.NaN : Number(match[2]);
    if (column === undefined || column > MAX_COLUMNS || !(row >= 1 && row <= MAX_ROWS)) {
      this.violation = ref;
      return;
    }
    if (track) {
      this.#row = row;
      this.#column = column;
    }
  }
}

/** The sheet names of a workbook by the path of their XML part, from workbook.xml and its relationships. */
function sheetNames(workbook: string, relationships: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of relationships.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const attributes = match[1] as string;
    const id = /\bId\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const target = /\bTarget\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    if (id === undefined || target === undefined) continue;
    targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const match of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const attributes = match[1] as string;
    const name = /\bname\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const id = /\b(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) names.set(target, decodeXmlText(name));
  }
  return names;
}

function decodeXmlText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9A-Fa-f]+|#[0-9]+);/g, (_whole, entity: string) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[entity] ?? "";
  });
}

/**
 * Checks a workbook before it is read: from the zip central directory, before anything is inflated, the number of
 * entries, the total uncompressed size and the inflate ratios; then, inflating each XML part with a hard cap at its
 * declared size (so a lying header cannot inflate further), every cell and row reference of every sheet against
 * Excel's limits, and the number of shared strings. It also counts formulas, whose cached values are what is read.
 */
export async function checkWorkbook(bytes: Uint8Array, limits: XlsxLimits = {}): Promise<IntakeResult> {
  const limit = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const fail = (problem: IntakeProblem): IntakeResult => ({ ok: false, problem });
  if (bytes.length > limit.maxFileBytes) {
    return fail({ kind: "too-large", measure: "file-bytes", actual: bytes.length, limit: limit.maxFileBytes });
  }
  let entries: ZipEntry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (error) {
    if (error instanceof Zip64Error) {
      return fail({ kind: "too-large", measure: "zip64", actual: "ZIP64", limit: 0xffffffff });
    }
    const ole = OLE_SIGNATURE.every((byte, i) => bytes[i] === byte);
    return fail({
      kind: "invalid",
      reason: ole ? "an .xls file or an encrypted workbook" : error instanceof Error ? error.message : String(error),
    });
  }
  if (entries.length > limit.maxEntries) {
    return fail({ kind: "too-large", measure: "entries", actual: entries.length, limit: limit.maxEntries });
  }
  const sheets = entries.filter((entry) => WORKSHEET.test(entry.name));
  if (sheets.length > limit.maxSheets) {
    return fail({ kind: "too-large", measure: "sheets", actual: sheets.length, limit: limit.maxSheets });
  }
  let totalUncompressed = 0;
  let totalCompressed = 0;
  for (const entry of entries) {
    if ((entry.flags & 1) !== 0) return fail({ kind: "invalid", reason: `${entry.name} is encrypted` });
    totalUncompressed += entry.uncompressedSize;
    totalCompressed += entry.compressedSize;
    if (
      entry.uncompressedSize > RATIO_GRACE_BYTES &&
      entry.compressedSize / entry.uncompressedSize < limit.minInflateRatio
    ) {
      const ratio = `1:${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}`;
      return fail({
        kind: "too-large",
        measure: `inflate-ratio of ${entry.name}`,
        actual: ratio,
        limit: limit.minInflateRatio,
      });
    }
  }
  if (totalUncompressed > limit.maxUncompressedBytes) {
    return fail({
      kind: "too-large",
      measure: "uncompressed-bytes",
      actual: totalUncompressed,
      limit: limit.maxUncompressedBytes,
    });
  }
  if (totalUncompressed > RATIO_GRACE_BYTES && totalCompressed / totalUncompressed < limit.minInflateRatio) {
    const ratio = `1:${Math.round(totalUncompressed / Math.max(1, totalCompressed))}`;
    return fail({ kind: "too-large", measure: "inflate-ratio", actual: ratio, limit: limit.minInflateRatio });
  }

  // only now is anything inflated, each part no further than it declared
  const scans = new Map<string, SheetScanner>();
  let workbook = "";
  let relationships = "";
  let sharedStrings = 0;
  for (const entry of entries) {
    if (!READ_PARTS.test(entry.name)) continue;
    const decoder = new TextDecoder("utf-8");
    const scanner = WORKSHEET.test(entry.name) ? new SheetScanner() : undefined;
    const isWorkbook = entry.name === "xl/workbook.xml";
    const isRelationships = entry.name === "xl/_rels/workbook.xml.rels";
    const isSharedStrings = entry.name === "xl/sharedStrings.xml";
    let tail = "";
    const onChunk = (chunk: Uint8Array) => {
      if (scanner === undefined && !isWorkbook && !isRelationships && !isSharedStrings) return;
      const text = decoder.decode(chunk, { stream: true });
      if (scanner !== undefined) scanner.push(text);
      else if (isWorkbook) workbook += text;
      else if (isRelationships) relationships += text;
      else {
        const window = tail + text;
        sharedStrings +=
          (window.match(/<(?:\w+:)?si[\s>/]/g) ?? []).length - (tail.match(/<(?:\w+:)?si[\s>/]/g) ?? []).length;
        tail = window.slice(-8);
      }
    };
    let complete: boolean;
    try {
      complete = await inflateEntry(entryData(bytes, entry), entry.method, entry.uncompressedSize, onChunk);
    } catch (error) {
      return fail({ kind: "invalid", reason: error instanceof ZipFormatError ? error.message : String(error) });
    }
    if (!complete) {
      return fail({
        kind: "too-large",
        measure: `inflated size of ${entry.name}`,
        actual: `> ${entry.uncompressedSize}`,
        limit: entry.uncompressedSize,
      });
    }
    if (scanner !== undefined) {
      scanner.push(decoder.decode());
      scans.set(entry.name, scanner);
    }
    if (sharedStrings > limit.maxSharedStrings) {
      return fail({
        kind: "too-large",
        measure: "shared-strings",
        actual: sharedStrings,
        limit: limit.maxSharedStrings,
      });
    }
  }
  const names = sheetNames(workbook, relationships);
  const result: SheetIntake[] = [];
  for (const [path, scan] of scans) {
    const name = names.get(path) ?? path;
    if (scan.violation !== undefined) return fail({ kind: "cell-out-of-range", sheet: name, cell: scan.violation });
    result.push({
      name,
      formulas: scan.formulas,
      errorCells: scan.errorCells,
      ...(scan.firstFormula === undefined ? {} : { firstFormula: scan.firstFormula }),
    });
  }
  return { ok: true, sheets: result };
}
