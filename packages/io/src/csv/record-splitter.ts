/** The delimiters a CSV file of the standard may use. */
export type CsvDelimiter = "," | ";" | "\t";

export const DELIMITERS: readonly CsvDelimiter[] = [",", ";", "\t"];

/** The text of one record (without its line ending), where it starts, and which row it is. */
export interface RawRecord {
  readonly text: string;
  /** The size in bytes of a record above the limit, whose text was not kept: it is skipped. */
  readonly skippedBytes?: number;
  /** 1-based row: the heading row is row 1, every record (an empty line too) one more. */
  readonly row: number;
  /** 1-based physical line where the record starts (a quoted field may span lines). */
  readonly line: number;
}

/** Why the splitter stopped: a quoted field that runs past the size limit or the end of the text. */
export interface SplitFailure {
  readonly kind: "unclosed-quote";
  readonly row: number;
  readonly line: number;
  /** 1-based field of the record where the quote opened or the record grew too large. */
  readonly field: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

// where `char` next occurs in `text` from `from`, or text.length
const nextOf = (text: string, char: string, from: number) => {
  const at = text.indexOf(char, from);
  return at === -1 ? text.length : at;
};

/**
 * Cuts decoded CSV text into records, in constant memory, before any field is parsed: it follows quotes as RFC 4180
 * and csv-parse do (a quote opens a field only at its start; "" inside is a quote), so that a record boundary is
 * never inside a quoted field. It counts lines and rows, and notes the first lone CR line ending. A record that grows
 * beyond the limit outside quotes is skipped to its end without keeping its text (its size is reported); a quoted
 * field that grows beyond the limit stops the splitter (an unclosed quote on line 2 fails there, in bounded memory,
 * not at the end of a 100 MB file).
 *
 * Before the delimiter is known, every candidate delimiter starts a field, and the counts of each candidate
 * outside quotes in the heading line are kept; push() stops after the heading record so that the caller can
 * choose the delimiter.
 */
export class RecordSplitter {
  readonly #maxBytes: number;
  #delimiter: number | undefined;
  readonly records: RawRecord[] = [];
  failure: SplitFailure | undefined;
  /** The line of the first lone CR line ending outside quotes. */
  loneCarriageReturn: { line: number; row: number } | undefined;
  /** How often each candidate delimiter occurs outside quotes in the heading line. */
  readonly headingDelimiterCounts = new Map<CsvDelimiter, number>();

  #pieces: string[] = [];
  #bytes = 0;
  #row = 1;
  #line = 1;
  #recordLine = 1;
  #field = 1;
  #fieldStart = true;
  #inQuotes = false;
  #quotePending = false;
  #afterCarriageReturn = false;
  #quoteField = 1;
  #quoteLine = 1;
  #quoteBytes = 0;
  #skipping = false;

  constructor(maxRecordBytes: number, delimiter?: CsvDelimiter) {
    this.#maxBytes = maxRecordBytes;
    this.#delimiter = delimiter?.charCodeAt(0);
  }

  /** Whether the delimiter is still to be chosen (only the heading line is split until then). */
  get sniffing(): boolean {
    return this.#delimiter === undefined;
  }

  setDelimiter(delimiter: CsvDelimiter): void {
    this.#delimiter = delimiter.charCodeAt(0);
  }

  /** The row being read now: the row of the next record. */
  get row(): number {
    return this.#row;
  }

  /** The physical line being read now. */
  get line(): number {
    return this.#line;
  }

  #isDelimiter(code: number): boolean {
    if (this.#delimiter !== undefined) return code === this.#delimiter;
    return code === 0x2c || code === 0x3b || code === 0x09;
  }

  #endRecord(text: string, from: number, to: number): void {
    if (this.#skipping) {
      // the line ending was counted too
      this.records.push({ text: "", skippedBytes: this.#bytes - 1, row: this.#row, line: this.#recordLine });
      this.#skipping = false;
    } else {
      this.#pieces.push(text.slice(from, to));
      this.records.push({ text: this.#pieces.join(""), row: this.#row, line: this.#recordLine });
    }
    this.#pieces = [];
    this.#bytes = 0;
    this.#row++;
    this.#field = 1;
    this.#fieldStart = true;
  }

  /**
   * Splits more text; returns how much of it was consumed, which is all of it unless the heading record ended
   * while sniffing, or the splitter failed.
   */
  push(text: string, from = 0): number {
    let start = from;
    // the next quote and CR at or after where they were last looked for; text.length when there is none
    let quote = -1;
    let carriageReturn = -1;
    for (let i = from; i < text.length; i++) {
      if (i === start && this.#bytes === 0 && !this.#inQuotes && !this.#afterCarriageReturn && !this.sniffing) {
        // a record without quotes that ends in this text needs no look at each character: jump to its line break
        if (quote < i) quote = nextOf(text, '"', i);
        if (carriageReturn < i) carriageReturn = nextOf(text, "\r", i);
        const end = Math.min(nextOf(text, "\n", i), carriageReturn);
        // 3 bytes a UTF-16 unit at most, and its line break: a record this short cannot pass the limit, nor need a count
        if (end < text.length && end < quote && 3 * (end - i) < this.#maxBytes) i = end;
      }
      const code = text.charCodeAt(i);
      if (this.#afterCarriageReturn) {
        this.#afterCarriageReturn = false;
        const endedRecord = !this.#inQuotes;
        if (code === LF) {
          // the LF of a CRLF: no new line; after a record it is part of the line ending, in quotes it is content
          if (endedRecord) start = i + 1;
          continue;
        }
        if (endedRecord) this.loneCarriageReturn ??= { line: this.#line - 1, row: this.#row - 1 };
      }
      this.#bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 2 : 3;
      if (this.#inQuotes && !this.#quotePending && this.#bytes - this.#quoteBytes > this.#maxBytes) {
        this.failure = { kind: "unclosed-quote", row: this.#row, line: this.#quoteLine, field: this.#quoteField };
        return i;
      }
      if (this.#bytes > this.#maxBytes && !this.#skipping) {
        this.#skipping = true;
        this.#pieces = [];
      }
      if (this.#inQuotes) {
        if (this.#quotePending) {
          this.#quotePending = false;
          if (code === QUOTE) continue;
          // the quote before closed the field; this character is read as outside quotes, below
          this.#inQuotes = false;
        } else {
          if (code === QUOTE) this.#quotePending = true;
          else if (code === LF || code === CR) {
            this.#line++;
            this.#afterCarriageReturn = code === CR;
          }
          continue;
        }
      }
      if (code === LF || code === CR) {
        this.#line++;
        this.#afterCarriageReturn = code === CR;
        this.#endRecord(text, start, i);
        start = i + 1;
        this.#recordLine = this.#line;
        if (this.sniffing) return i + 1;
        continue;
      }
      if (this.#isDelimiter(code)) {
        if (this.sniffing) {
          const delimiter = String.fromCharCode(code) as CsvDelimiter;
          this.headingDelimiterCounts.set(delimiter, (this.headingDelimiterCounts.get(delimiter) ?? 0) + 1);
        }
        this.#field++;
        this.#fieldStart = true;
        continue;
      }
      if (code === QUOTE && this.#fieldStart) {
        this.#inQuotes = true;
        this.#quoteField = this.#field;
        this.#quoteLine = this.#line;
        this.#quoteBytes = this.#bytes;
      }
      this.#fieldStart = false;
    }
    if (start < text.length && !this.#skipping) this.#pieces.push(text.slice(start));
    return text.length;
  }

  /** The end of the text: the last record, unless a quoted field is still open. */
  end(): void {
    if (this.failure !== undefined) return;
    if (this.#inQuotes && !this.#quotePending) {
      this.failure = { kind: "unclosed-quote", row: this.#row, line: this.#quoteLine, field: this.#quoteField };
      return;
    }
    this.#inQuotes = false;
    if (this.#skipping) {
      this.records.push({ text: "", skippedBytes: this.#bytes, row: this.#row, line: this.#recordLine });
      return;
    }
    const rest = this.#pieces.join("");
    this.#pieces = [];
    if (rest !== "") this.records.push({ text: rest, row: this.#row, line: this.#recordLine });
  }
}
