import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastCheckParameters } from "../../../conformance/src/fast-check-parameters.ts";
import { type CsvDelimiter, RecordSplitter } from "./record-splitter.ts";

// everything the splitter looks at: quotes, both line breaks, the delimiters, and text of 1, 2, 3 and 4 UTF-8 bytes
const csvText = fc.string({
  unit: fc.constantFrom('"', "\r", "\n", ",", ";", "\t", "a", " ", "é", "€", "😀"),
  maxLength: 80,
});

/** Splits `text` pushed in the given pieces; what the splitter says of it. */
function split(pieces: readonly string[], delimiter: CsvDelimiter, maxBytes: number) {
  const splitter = new RecordSplitter(maxBytes, delimiter);
  for (const piece of pieces) splitter.push(piece);
  splitter.end();
  const { records, failure, loneCarriageReturn } = splitter;
  return { records, failure, loneCarriageReturn };
}

describe("RecordSplitter", () => {
  it("cuts a text in the same records whether it comes whole or one character at a time", () => {
    // pushed one character at a time, no record ends within a push: each character is looked at in turn
    fc.assert(
      fc.property(
        csvText,
        fc.constantFrom<CsvDelimiter>(",", ";", "\t"),
        fc.integer({ min: 1, max: 40 }),
        (text, delimiter, maxBytes) => {
          expect(split([text], delimiter, maxBytes)).toEqual(split([...text], delimiter, maxBytes));
        },
      ),
      fastCheckParameters(),
    );
  });

  it("skips a record whose bytes and line break pass the limit, also when it needs no quote", () => {
    const { records } = split(["ab\n€€\n😀\nabc\n"], ";", 4);
    expect(records.map((record) => record.skippedBytes ?? record.text)).toEqual(["ab", 6, 4, "abc"]);
  });
});
