import type { Finding } from "@mra-circulair/report";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { TabularHeader, TabularReadItem, TabularRecord } from "../flatten/tabular-record.ts";
import { type ReadCsvOptions, readCsv } from "./read-csv.ts";

type Options = Omit<ReadCsvOptions, "file" | "entity"> & { entity?: ReadCsvOptions["entity"] };

async function read(input: string | Uint8Array | AsyncIterable<Uint8Array>, options: Options = {}) {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const events: TabularReadItem[] = [];
  for await (const event of readCsv(bytes, { file: "aanbestedingen.csv", entity: "Procurement", ...options })) {
    events.push(event);
  }
  const records: TabularRecord[] = [];
  const findings: Finding[] = [];
  const headers: TabularHeader[] = [];
  for (const event of events) {
    if (event.kind === "record") records.push(event.record);
    else if (event.kind === "finding") findings.push(event.finding);
    else headers.push(event.header);
  }
  return { events, records, findings, headers, values: records.map((record) => record.value) };
}

/** A lazy byte source that counts what the reader pulled from it. */
function lazySource(chunks: Iterable<Uint8Array>) {
  const source = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks) {
        source.pulled += chunk.length;
        yield chunk;
      }
    },
  };
  return source;
}

const codes = (findings: readonly Finding[]) => findings.map((finding) => finding.code);

// a procurement as Dutch Excel saves it: CSV (puntkomma), Windows-1252, decimal comma, Dutch titles
const DUTCH_HEADINGS = [
  "Identificator",
  "Opdrachtgever",
  "Titel: Nederlands",
  "CPV-codes",
  "Procedure",
  "Contractwaarde: Bedrag",
  "Contractwaarde: Valuta",
  "Datums: Publicatie",
  "Toegepaste criteria 1: Criterium",
  "Toegepaste criteria 1: Gebruik",
  "Toegepaste criteria 1: Weging",
  "MVOI-thema's",
  "eForms-codes: Strategisch aanbesteden (BT-06)",
  "eForms-codes: Milieueffecten (BT-774)",
  "eForms-codes: Criteria groene overheidsopdrachten (BT-805)",
].join(";");
const DUTCH_ROW =
  "P-2024-001;GM0363;Café Müller – koffie’s à € 4,50;55520000-1;openbaar;1.234,56;EUR;2024-03-01;criterion-catering-01;gunningscriterium;12,5;circulair;env-imp;circ-econ;national";
const DUTCH_RECORD = {
  id: "P-2024-001",
  buyer: "GM0363",
  title: { nl: "Café Müller – koffie’s à € 4,50" },
  cpvCodes: ["55520000-1"],
  procedure: "openbaar",
  contractValue: { amount: "1234.56", currency: "EUR" },
  dates: { publication: "2024-03-01" },
  criteriaApplied: [{ criterion: "criterion-catering-01", use: "gunningscriterium", weight: "12.5" }],
  mvoiThemes: ["circulair"],
  eforms: { strategicProcurement: ["env-imp"], environmentalImpact: ["circ-econ"], gppCriteria: ["national"] },
};
const dutchExcelBytes = () => iconv.encode(`${DUTCH_HEADINGS}\r\n${DUTCH_ROW}\r\n`, "windows-1252");

describe("Dutch Excel CSV (G15, G11)", () => {
  it("is a real Windows-1252 fixture: €, ’ and – are the bytes 0x80, 0x92 and 0x96", () => {
    expect([...dutchExcelBytes()]).toEqual(expect.arrayContaining([0x80, 0x92, 0x96, 0xe9, 0xfc]));
  });

  it("is decoded exactly when detected, with an info finding, and never yields U+FFFD or U+0080", async () => {
    const { values, findings, headers } = await read(dutchExcelBytes());
    expect(values).toEqual([DUTCH_RECORD]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "csv-encoding-detected", severity: "info", args: { encoding: "windows-1252" } }),
    ]);
    expect(headers[0]?.form).toBe("nl");
    expect(JSON.stringify(values)).not.toMatch(/\\ufffd|\\u0080|\uFFFD|\u0080/iu);
  });

  it("is decoded exactly when declared, without a finding", async () => {
    const { values, findings } = await read(dutchExcelBytes(), { encoding: "windows-1252" });
    expect(values).toEqual([DUTCH_RECORD]);
    expect(findings).toEqual([]);
  });

  it("is refused with not-utf8 and its row when UTF-8 is declared", async () => {
    const { values, findings } = await read(dutchExcelBytes(), { encoding: "utf-8" });
    expect(values).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "not-utf8", location: { file: "aanbestedingen.csv", row: 2, line: 2 } }),
    ]);
  });

  it("gives not-utf8 with the row when a UTF-8 file turns out not to be UTF-8 later on", async () => {
    const good = `${DUTCH_HEADINGS}\r\n${`${DUTCH_ROW.replace("P-2024-001", "P-1")}\r\n`.repeat(1000)}`;
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(good),
      ...iconv.encode(`${DUTCH_ROW}\r\n`, "windows-1252"),
    ]);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const { values, findings } = await read(bytes);
    expect(values).toHaveLength(1000);
    expect(values[999]).toEqual({ ...DUTCH_RECORD, id: "P-1" });
    expect(findings).toEqual([
      expect.objectContaining({ code: "not-utf8", location: { file: "aanbestedingen.csv", row: 1002, line: 1002 } }),
    ]);
  });

  it("reads a UTF-8 file with a BOM: the BOM is never part of the first heading", async () => {
    const bom = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(`${DUTCH_HEADINGS}\r\n${DUTCH_ROW}\r\n`),
    ]);
    const { values, findings, headers } = await read(bom);
    expect(findings).toEqual([]);
    expect(values).toEqual([DUTCH_RECORD]);
    expect(headers[0]?.headings[0]).toEqual({ heading: "Identificator", column: 1, path: "id", segments: ["id"] });
  });

  it("converts decimal commas with ';' (1.234,56 is 1234.56) and refuses a point that is no thousands grouping", async () => {
    const text =
      "id;contractValue/amount;criteriaApplied/0/weight\r\nP-1;1.234.567,89;0,07\r\nP-2;1234,5;100\r\nP-3;1.234;12.5\r\n";
    const { values, findings } = await read(text);
    expect(values).toEqual([
      { id: "P-1", contractValue: { amount: "1234567.89" }, criteriaApplied: [{ weight: "0.07" }] },
      { id: "P-2", contractValue: { amount: "1234.5" }, criteriaApplied: [{ weight: "100" }] },
      { id: "P-3", contractValue: { amount: "1234" }, criteriaApplied: [{ weight: "12.5" }] },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "csv-decimal",
        pointer: "/procurements/2/criteriaApplied/0/weight",
        location: { file: "aanbestedingen.csv", row: 4, column: 3, heading: "criteriaApplied/0/weight" },
      }),
    ]);
  });

  it("marks the cells a read finding reports on their record, by the pointer inside it", async () => {
    const text = "id;contractValue/amount;criteriaApplied/0/weight;criteriaApplied/1/weight;dates/publication\r\n";
    const { records, findings } = await read(`${text}P-1;12,5;;7.5;1-3-2024\r\nP-2;1;;;\r\n`);
    expect(records.map((record) => [...record.cellIssues])).toEqual([
      ["/criteriaApplied/0/weight", "/dates/publication"],
      [],
    ]);
    // the weight in slot 2 is item 0 of the list once the empty slot 1 is closed
    expect(findings.map((finding) => [finding.code, finding.pointer, finding.location.column])).toEqual([
      ["csv-decimal", "/procurements/0/criteriaApplied/0/weight", 4],
      ["csv-date-format", "/procurements/0/dates/publication", 5],
    ]);
  });

  it('refuses "12,5" under the decimal point: a finding, and never truncated to 12', async () => {
    const { values, findings } = await read('id,contractValue/amount\r\nP-1,"12,5"\r\n');
    expect(values).toEqual([{ id: "P-1", contractValue: { amount: "12,5" } }]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "csv-decimal",
        args: { value: '"12,5"', separator: '"."' },
        pointer: "/procurements/0/contractValue/amount",
      }),
    ]);
  });

  it("takes a declared decimal separator over the default of the delimiter", async () => {
    const { values } = await read('id,contractValue/amount\r\nP-1,"1.234,56"\r\n', { decimal: "," });
    expect(values).toEqual([{ id: "P-1", contractValue: { amount: "1234.56" } }]);
  });

  it("reads dd-mm-yyyy dates only when declared", async () => {
    const text = "id;dates/publication\r\nP-1;1-3-2024\r\n";
    const undeclared = await read(text);
    expect(undeclared.values).toEqual([{ id: "P-1", dates: { publication: "1-3-2024" } }]);
    expect(codes(undeclared.findings)).toEqual(["csv-date-format"]);
    const declared = await read(text, { dateFormat: "dd-mm-yyyy" });
    expect(declared.values).toEqual([{ id: "P-1", dates: { publication: "2024-03-01" } }]);
    expect(declared.findings).toEqual([]);
  });
});

describe("delimiters (G16)", () => {
  it("detects ',', ';' and tab from the heading line outside quotes", async () => {
    expect((await read("id,buyer\r\nP-1,GM0363\r\n")).values).toEqual([{ id: "P-1", buyer: "GM0363" }]);
    expect((await read("id;buyer\r\nP-1;GM0363\r\n")).values).toEqual([{ id: "P-1", buyer: "GM0363" }]);
    expect((await read("id\tbuyer\r\nP-1\tGM0363\r\n")).values).toEqual([{ id: "P-1", buyer: "GM0363" }]);
    const quoted = await read('id,"Titel: Nederlands"\r\nP-1,"a;b"\r\n');
    expect(quoted.values).toEqual([{ id: "P-1", title: { nl: "a;b" } }]);
  });

  it("refuses an ambiguous heading line instead of guessing", async () => {
    const { values, findings } = await read("id;title/nl,title/en\r\nP-1;a,b\r\n");
    expect(values).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ code: "csv-delimiter", args: { candidates: '"," ";"' } })]);
  });

  it("never reads a ';' file as a valid one-column ',' file: the delimiter looks like ';'", async () => {
    const { values, findings } = await read(`${DUTCH_HEADINGS}\r\n${DUTCH_ROW}\r\n`, { delimiter: "," });
    expect(values).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "csv-wrong-delimiter", args: { declared: '","', likely: '";"' } }),
    ]);
  });

  it("never splits on two delimiters at once", async () => {
    const { values } = await read("id;contractValue/amount\r\nP-1;1.234,56\r\n");
    expect(values).toEqual([{ id: "P-1", contractValue: { amount: "1234.56" } }]);
  });
});

describe("malformed CSV (G17)", () => {
  it("reports an unclosed quote with its line, column and heading, after the rows before it", async () => {
    const { values, findings } = await read('id,title/nl\r\nP-1,Meubilair\r\nP-2,"Catering\r\nP-3,Schoonmaak\r\n');
    expect(values).toEqual([{ id: "P-1", title: { nl: "Meubilair" } }]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "csv-unclosed-quote",
        location: { file: "aanbestedingen.csv", row: 3, line: 3, column: 2, heading: "title/nl" },
      }),
    ]);
  });

  it("fails fast in bounded memory on an unclosed quote on line 2 of a 100 MB file", async () => {
    const chunk = new TextEncoder().encode(`${"x".repeat(64 * 1024 - 1)}\n`);
    const chunks = function* () {
      yield new TextEncoder().encode('id,title/nl\nP-1,"never closed\n');
      for (let i = 0; i < 1600; i++) yield chunk; // 100 MiB
    };
    const source = lazySource(chunks());
    const started = Date.now();
    const { values, findings } = await read(source);
    expect(values).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "csv-unclosed-quote",
        location: { file: "aanbestedingen.csv", row: 2, line: 2, column: 2, heading: "title/nl" },
      }),
    ]);
    // the reader stopped at the 10 MiB record limit, not at the end of the 100 MiB
    expect(source.pulled).toBeLessThan(11 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("reports a misplaced quote with line and column, and reads the rows after it", async () => {
    const { values, findings } = await read('id,title/nl\r\nP-1,"Meubilair" 2024\r\nP-2,a"b\r\nP-3,Schoonmaak\r\n');
    expect(values).toEqual([{ id: "P-3", title: { nl: "Schoonmaak" } }]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "csv-invalid-quote",
        location: expect.objectContaining({ row: 2, line: 2, column: 2, heading: "title/nl" }),
      }),
      expect.objectContaining({
        code: "csv-invalid-quote",
        location: expect.objectContaining({ row: 3, line: 3, column: 2 }),
      }),
    ]);
  });

  it("reports ragged rows, reading missing fields as empty and not reading extra ones", async () => {
    const { values, findings } = await read("id,buyer\r\nP-1\r\nP-2,GM0363,extra\r\n");
    expect(values).toEqual([{ id: "P-1" }, { id: "P-2", buyer: "GM0363" }]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "csv-ragged-row",
        args: { actual: 1, expected: 2 },
        pointer: "/procurements/0",
        location: expect.objectContaining({ row: 2 }),
      }),
      expect.objectContaining({
        code: "csv-ragged-row",
        args: { actual: 3, expected: 2 },
        pointer: "/procurements/1",
        location: expect.objectContaining({ row: 3 }),
      }),
    ]);
  });

  it("reports NUL bytes with their row, column and heading", async () => {
    const { findings } = await read("id,title/nl\r\nP-1,Meu\u0000bilair\r\n");
    expect(findings).toEqual([
      expect.objectContaining({
        code: "csv-nul-byte",
        pointer: "/procurements/0/title/nl",
        location: { file: "aanbestedingen.csv", row: 2, line: 2, column: 2, heading: "title/nl" },
      }),
    ]);
  });

  it("reports CR-only line endings once, and still reads the rows", async () => {
    const { values, findings } = await read("id,buyer\rP-1,GM0363\rP-2,GM0358\r");
    expect(values).toEqual([
      { id: "P-1", buyer: "GM0363" },
      { id: "P-2", buyer: "GM0358" },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "csv-line-ending", location: { file: "aanbestedingen.csv", row: 1, line: 1 } }),
    ]);
  });

  it("keeps CR, LF and CRLF inside quoted fields as data, counting lines", async () => {
    const { values, findings } = await read('id,title/nl\r\nP-1,"a\r\nb\rc\nd"\r\nP-2,x\r\n');
    expect(findings).toEqual([]);
    expect(values).toEqual([
      { id: "P-1", title: { nl: "a\r\nb\rc\nd" } },
      { id: "P-2", title: { nl: "x" } },
    ]);
    expect(values.length).toBe(2);
  });

  it("reports an empty file", async () => {
    expect(codes((await read("")).findings)).toEqual(["csv-empty"]);
    expect(codes((await read("\r\nid\r\n")).findings)).toEqual(["csv-empty"]);
  });
});

describe("record size (G18)", () => {
  it("skips a record above the limit, without keeping it, with record-too-large at its row and line, and reads on", async () => {
    const big = "y".repeat(2 * 1024 * 1024);
    const source = lazySource([new TextEncoder().encode(`id,title/nl\nP-1,a\nP-2,${big}\nP-3,b\n`)]);
    const { values, findings } = await read(source, { maxRecordBytes: 1024 * 1024 });
    expect(values).toEqual([
      { id: "P-1", title: { nl: "a" } },
      { id: "P-3", title: { nl: "b" } },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "record-too-large",
        args: { bytes: big.length + 4, limit: 1024 * 1024 },
        location: { file: "aanbestedingen.csv", row: 3, line: 3 },
      }),
    ]);
  });

  it("stops when the heading line is above the limit", async () => {
    const { values, findings, headers } = await read(`${"x".repeat(2000)}\nP-1\n`, { maxRecordBytes: 1000 });
    expect(values).toEqual([]);
    expect(headers).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ code: "record-too-large", args: { bytes: 2000, limit: 1000 } }),
    ]);
  });
});

describe("records", () => {
  it("have their row, a pointer base in the dataset, and locate pointers at their column heading as written", async () => {
    const text = [
      "Identificator;CPV-codes;Toegepaste criteria 1: Criterium;Toegepaste criteria 3: Criterium;Contractwaarde: Bedrag",
      "P-1;39130000-2;c-1;c-3;10",
      ";;;;",
      "P-2;39130000-2;;c-3;20",
    ].join("\r\n");
    const { records } = await read(text);
    expect(records.map((record) => [record.location, record.pointerBase])).toEqual([
      [{ file: "aanbestedingen.csv", row: 2 }, "/procurements/0"],
      [{ file: "aanbestedingen.csv", row: 4 }, "/procurements/1"],
    ]);
    const [first, second] = records as [TabularRecord, TabularRecord];
    expect(first.locate("/contractValue/amount")).toEqual({
      file: "aanbestedingen.csv",
      row: 2,
      column: 5,
      heading: "Contractwaarde: Bedrag",
    });
    expect(first.locate("/cpvCodes/0")).toEqual({
      file: "aanbestedingen.csv",
      row: 2,
      column: 2,
      heading: "CPV-codes",
    });
    expect(first.locate("/criteriaApplied/1/criterion")).toEqual(
      expect.objectContaining({ column: 4, heading: "Toegepaste criteria 3: Criterium" }),
    );
    // P-2 left slot 1 empty, so its only criterion is item 0, in the columns of slot 3
    expect(second.value.criteriaApplied).toEqual([{ criterion: "c-3" }]);
    expect(second.locate("/criteriaApplied/0/criterion")).toEqual(expect.objectContaining({ row: 4, column: 4 }));
    expect(second.locate("/criteriaApplied/0")).toEqual(expect.objectContaining({ row: 4, column: 4 }));
    expect(second.locate("")).toEqual({ file: "aanbestedingen.csv", row: 4 });
  });

  it("locate a property whose column the file lacks at the heading a template gives it, in the file's form", async () => {
    const dutch = (await read("Identificator;Contractwaarde: Valuta\r\nP-1;EUR\r\n")).records[0];
    expect(dutch?.locate("/buyer")).toEqual({ file: "aanbestedingen.csv", row: 2, heading: "Opdrachtgever" });
    expect(dutch?.locate("/contractValue/amount")).toEqual(
      expect.objectContaining({ heading: "Contractwaarde: Bedrag" }),
    );
    // an object or list without columns: its first required property, in item 1 of a list
    expect(dutch?.locate("/title")).toEqual(expect.objectContaining({ heading: "Titel: Nederlands" }));
    expect(dutch?.locate("/criteriaApplied")).toEqual(
      expect.objectContaining({ heading: "Toegepaste criteria 1: Criterium" }),
    );
    const english = (await read("Identifier,Buyer\r\nP-1,GM0363\r\n")).records[0];
    expect(english?.locate("/title/nl")).toEqual(expect.objectContaining({ heading: "Title: Dutch" }));
    const paths = (await read("id,buyer\r\nP-1,GM0363\r\n")).records[0];
    expect(paths?.locate("/contractValue")).toEqual({
      file: "aanbestedingen.csv",
      row: 2,
      heading: "contractValue/amount",
    });
  });

  it("are streamed: the first record comes before the input is read to its end", async () => {
    const rows = function* () {
      yield new TextEncoder().encode("id,buyer\n");
      for (let i = 0; i < 50_000; i++) yield new TextEncoder().encode(`P-${i},GM0363\n`);
    };
    const source = lazySource(rows());
    for await (const event of readCsv(source, { file: "big.csv", entity: "Procurement" })) {
      if (event.kind === "record") break;
    }
    expect(source.pulled).toBeLessThan(200 * 1024);
  });

  it("of the metadata have the pointer base /meta", async () => {
    const { records } = await read("schemaVersion,id\r\n1.0,mra\r\n", { entity: "DatasetMeta" });
    expect(records[0]?.pointerBase).toBe("/meta");
  });
});

describe("headings (G3)", () => {
  it("report unknown and prototype headings with their column, and never apply them", async () => {
    const { values, findings } = await read(
      "id,__proto__,__proto__,a.__proto__.x,constructor/prototype/x,colour\r\nP-1,a,b,c,d,e\r\n",
    );
    expect(values).toEqual([{ id: "P-1" }]);
    expect(findings.map((finding) => [finding.code, finding.location.column, finding.location.heading])).toEqual([
      ["csv-forbidden-column", 2, "__proto__"],
      ["csv-forbidden-column", 3, "__proto__"],
      ["csv-forbidden-column", 4, "a.__proto__.x"],
      ["csv-forbidden-column", 5, "constructor/prototype/x"],
      ["csv-unknown-column", 6, "colour"],
    ]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(Object.getPrototypeOf(values[0])).toBe(Object.prototype);
  });

  it("report a property named twice, and a filled cell under an empty heading", async () => {
    const { values, findings } = await read("id,title/nl,Titel: Nederlands,\r\nP-1,a,b,c\r\n");
    expect(values).toEqual([{ id: "P-1", title: { nl: "a" } }]);
    expect(findings.map((finding) => [finding.code, finding.location.column])).toEqual([
      ["csv-duplicate-column", 3],
      ["csv-unknown-column", 4],
    ]);
  });

  it("say which form the headings were written in", async () => {
    expect((await read("id,contractValue/amount\r\n")).headers[0]?.form).toBe("path");
    expect((await read("Identifier,Contract value: Amount\r\n")).headers[0]?.form).toBe("en");
    expect((await read("Identificator;Contractwaarde: Bedrag\r\n")).headers[0]?.form).toBe("nl");
    expect((await read("id;Contractwaarde: Bedrag\r\n")).headers[0]?.form).toBe("mixed");
  });
});
