import { assembleDataset, readCsv, readXlsx, writeCsvText, writeXlsx } from "@mra-circulair/io";
import { type Finding, valueAt } from "@mra-circulair/report";
import { describe, expect, it } from "vitest";
import { tamper } from "../../io/src/xlsx/testing.ts";
import { encode, entity, metaRecord, procurement, run } from "./reliability/fixtures.ts";
import { createValidationSession, type FileInput } from "./session.ts";

/** Validates one file with the rules, as the CLI does. */
async function validate(input: FileInput) {
  const session = createValidationSession();
  await session.validate(input);
  return session.finish();
}

// a repeated identifier (a rule), a code that fails its pattern (the schema) and "12,5" under the decimal point (the reader)
const second = { ...procurement, cpvCodes: ["bad"], contractValue: { amount: "12,5", currency: "EUR" } };
const recordFindings = (findings: readonly Finding[]) => findings.filter((finding) => finding.entity !== undefined);

describe("findings on a CSV or XLSX record", () => {
  it("point into the dataset document the table converts to, from the reader, the schema and the rules alike", async () => {
    const [heading, first, other] = writeCsvText([procurement, second], { entity: entity("Procurement") }).split(
      "\r\n",
    );
    // row 3 is empty: it gives no record, so the record of row 4 is item 1
    const text = `${heading}\r\n${first}\r\n\r\n${other}\r\n`;
    const result = await validate({ bytes: encode(text), file: "procurements.csv", entity: "Procurement" });
    const { dataset } = await assembleDataset(readCsv(encode(text), { file: "p.csv", entity: entity("Procurement") }));
    const found = recordFindings(result.findings);
    for (const finding of found) {
      expect(finding.pointer).toMatch(finding.location.row === 2 ? /^\/procurements\/0\// : /^\/procurements\/1\//);
      expect(valueAt(dataset, finding.pointer)).toBeDefined();
    }
    const onRow4 = found.filter((finding) => finding.location.row === 4);
    expect(onRow4.map((finding) => [finding.code, finding.pointer, finding.location.heading])).toEqual(
      expect.arrayContaining([
        ["csv-decimal", "/procurements/1/contractValue/amount", "contractValue/amount"],
        ["schema-pattern", "/procurements/1/cpvCodes/0", "cpvCodes"],
        ["duplicate-id", "/procurements/1/id", "id"],
        ["unresolved-reference", "/procurements/1/purchasePackage", "purchasePackage"],
      ]),
    );
  });

  it("carry the sheet, row and heading as written in a workbook with Dutch headings", async () => {
    const bytes = await writeXlsx({ meta: metaRecord, procurements: [procurement, second] }, { headings: "nl" });
    const result = await validate({ bytes: [bytes], file: "p.xlsx" });
    const { dataset } = await assembleDataset(readXlsx(bytes, { file: "p.xlsx" }));
    const found = recordFindings(result.findings);
    for (const finding of found) expect(valueAt(dataset, finding.pointer)).toBeDefined();
    expect(
      found.filter((finding) => finding.location.row === 3).map((finding) => [finding.code, finding.location]),
    ).toEqual(
      expect.arrayContaining([
        [
          "csv-decimal",
          { file: "p.xlsx", sheet: "Aanbestedingen", row: 3, column: 10, heading: "Contractwaarde: Bedrag" },
        ],
        ["schema-pattern", { file: "p.xlsx", sheet: "Aanbestedingen", row: 3, column: 8, heading: "CPV-codes" }],
        ["duplicate-id", { file: "p.xlsx", sheet: "Aanbestedingen", row: 3, column: 1, heading: "Identificator" }],
      ]),
    );
  });
});

describe("a required property missing from a CSV or XLSX row", () => {
  const missing = (findings: readonly Finding[]) =>
    findings.filter((f) => f.code === "schema-required").map((f) => [f.pointer, f.location.column, f.location.heading]);

  it("is named by the heading a template gives its column, in the language of the file's headings", async () => {
    const dutch = await run(encode("Identificator;Titel: Nederlands\r\nP-1;Stoelen\r\n"), "p.csv", {
      entity: "Procurement",
    });
    expect(missing(dutch.findings)).toEqual([
      ["/procurements/0", undefined, "Opdrachtgever"],
      ["/procurements/0", undefined, "CPV-codes"],
      ["/procurements/0", undefined, "Procedure"],
      ["/procurements/0", undefined, "Contractwaarde: Bedrag"],
      ["/procurements/0", undefined, "Datums: Publicatie"],
      // a list or an object without columns: the first column a template gives it
      ["/procurements/0", undefined, "Toegepaste criteria 1: Criterium"],
      ["/procurements/0", undefined, "MVOI-thema's"],
      ["/procurements/0", undefined, "eForms-codes: Strategisch aanbesteden (BT-06)"],
    ]);
    const english = await run(encode("Identifier,Title: Dutch\r\nP-1,Chairs\r\n"), "p.csv", { entity: "Procurement" });
    expect(missing(english.findings).map(([, , heading]) => heading)).toEqual(
      expect.arrayContaining(["Buyer", "Contract value: Amount"]),
    );
  });

  it("is located at its column when the file has it and the cell is empty", async () => {
    const { buyer: _, ...withoutBuyer } = procurement;
    const bytes = await writeXlsx({ meta: metaRecord, procurements: [withoutBuyer] }, { headings: "nl" });
    const result = await run([bytes], "p.xlsx");
    expect(missing(result.findings)).toEqual([["/procurements/0", 2, "Opdrachtgever"]]);
  });
});

describe("a cell the reader cannot take as written", () => {
  it("gives one finding, the reader's, and every other finding of the row still counts", async () => {
    const text = writeCsvText([{ ...procurement, cpvCodes: ["bad"] }], { entity: entity("Procurement") })
      .replace(",1250000.00,", ',"12,5",')
      .replace(",2019-02-01,", ",1-2-2019,")
      .replace(",Kantoormeubilair stadsdeelkantoren,", ",,");
    const result = await run(encode(text), "p.csv", { entity: "Procurement" });
    expect(result.findings.map((f) => [f.code, f.location.heading])).toEqual([
      ["schema-required", "title/nl"],
      ["schema-pattern", "cpvCodes"],
      ["csv-decimal", "contractValue/amount"],
      ["csv-date-format", "dates/publication"],
    ]);
    expect(result.totals.errors).toBe(4);
  });

  it("holding an Excel error value gives xlsx-cell-error, not also schema-required for the empty cell", async () => {
    const signature = { id: "S-1", declaration: "D-1", organisation: "GM0363", signedOn: "2018-06-20" };
    const bytes = await tamper({ meta: metaRecord, signatures: [signature] }, "xl/worksheets/sheet2.xml", (xml) =>
      xml.replace(/<c r="D2"[^>]*>.*?<\/c>/, '<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
    );
    const result = await run([bytes], "s.xlsx");
    expect(result.findings.map((f) => [f.code, f.pointer, f.location.heading])).toEqual([
      ["xlsx-formula", "", undefined],
      ["xlsx-cell-error", "/signatures/0/signedOn", "signedOn"],
    ]);
  });
});
