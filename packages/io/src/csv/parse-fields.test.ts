import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastCheckParameters } from "../../../conformance/src/fast-check-parameters.ts";
import { parseFields } from "./parse-fields.ts";
import type { CsvDelimiter } from "./record-splitter.ts";

// records as the splitter cuts them (not empty, no line break outside quotes), most without quotes, as in real files
const unit = (...extra: string[]) => fc.constantFrom(",", ";", "\t", "a", " ", "é", "😀", "\ufeff", ...extra);
const recordText = fc.oneof(
  { arbitrary: fc.string({ unit: unit(), minLength: 1, maxLength: 20 }), weight: 3 },
  { arbitrary: fc.string({ unit: unit('"'), minLength: 1, maxLength: 20 }), weight: 1 },
);
const delimiters = fc.constantFrom<CsvDelimiter>(",", ";", "\t");

// csv-parse alone, with the options of parseFields
const csvParse = (texts: readonly string[], delimiter: CsvDelimiter) => {
  try {
    const options = { delimiter, record_delimiter: "\n", quote: '"', escape: '"', bom: false } as const;
    return parse(texts.join("\n"), { ...options, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch {
    return undefined;
  }
};

// the rows as the CSV reader takes them: the batch when it gives one row per record, else record by record
function rows(texts: readonly string[], fields: (texts: readonly string[]) => string[][] | undefined) {
  const batch = fields(texts);
  if (batch !== undefined && batch.length === texts.length) return batch;
  return texts.map((text) => fields([text])?.[0] ?? "error");
}

describe("parseFields", () => {
  it("gives every record the fields csv-parse gives it", () => {
    fc.assert(
      fc.property(fc.array(recordText, { minLength: 1, maxLength: 6 }), delimiters, (texts, delimiter) => {
        const ours = rows(texts, (some) => parseFields(some, delimiter).records);
        expect(ours).toEqual(rows(texts, (some) => csvParse(some, delimiter)));
      }),
      fastCheckParameters(),
    );
  });

  it("splits a record without quotes at its delimiters, keeping spaces and empty fields", () => {
    expect(parseFields(["a;;b ; ", "x"], ";").records).toEqual([["a", "", "b ", " "], ["x"]]);
  });
});
