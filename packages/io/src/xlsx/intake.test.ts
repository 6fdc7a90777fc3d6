import { describe, expect, it } from "vitest";
import type { TabularReadItem } from "../flatten/tabular-record.ts";
import { type ReadXlsxOptions, readXlsx } from "./read-xlsx.ts";
import { tamper, zip } from "./testing.ts";
import { writeXlsx } from "./write-xlsx.ts";

async function read(bytes: Uint8Array, options: Partial<ReadXlsxOptions> = {}) {
  const events: TabularReadItem[] = [];
  for await (const event of readXlsx(bytes, { file: "data.xlsx", ...options })) events.push(event);
  return {
    records: events.flatMap((event) => (event.kind === "record" ? [event.record] : [])),
    values: events.flatMap((event) => (event.kind === "record" ? [event.record.value] : [])),
    findings: events.flatMap((event) => (event.kind === "finding" ? [event.finding] : [])),
  };
}

const meta = {
  schemaVersion: "1.0",
  id: "mra",
  publisher: { name: "MRA" },
  license: "https://creativecommons.org/licenses/by/4.0/",
  publishedAt: "2026-11-28T12:00:00Z",
};
const signature = { id: "S-1", declaration: "D-1", organisation: "GM0363", signedOn: "2018-06-20" };

describe("XLSX intake limits (G23), checked before anything is unpacked for reading", () => {
  it("refuses a zip bomb by its inflate ratio, from the central directory", async () => {
    const bomb = await zip([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(20 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    const { findings } = await read(bomb);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "xlsx-too-large",
        args: expect.objectContaining({ measure: "inflate-ratio of xl/worksheets/sheet1.xml" }),
      }),
    ]);
  });

  it("refuses a total uncompressed size above the limit", async () => {
    const { findings } = await read(await writeXlsx({ meta }), { limits: { maxUncompressedBytes: 1000 } });
    expect(findings).toEqual([
      expect.objectContaining({
        code: "xlsx-too-large",
        args: expect.objectContaining({ measure: "uncompressed-bytes", limit: 1000 }),
      }),
    ]);
  });

  it("refuses too many entries and too many sheets", async () => {
    const many = await zip(
      Array.from({ length: 20 }, (_, i) => ({ name: `xl/worksheets/s${i}.xml`, data: new Uint8Array(1) })),
    );
    expect((await read(many, { limits: { maxEntries: 10 } })).findings[0]?.args).toEqual(
      expect.objectContaining({ measure: "entries", actual: 20, limit: 10 }),
    );
    expect((await read(many, { limits: { maxSheets: 5 } })).findings[0]?.args).toEqual(
      expect.objectContaining({ measure: "sheets", actual: 20, limit: 5 }),
    );
  });

  it("stops inflating a part that is larger than its header declares (a lying header)", async () => {
    const liar = await zip([
      { name: "xl/sharedStrings.xml", data: new Uint8Array(512 * 1024).fill(0x20), declaredSize: 100 },
    ]);
    expect((await read(liar)).findings).toEqual([
      expect.objectContaining({
        code: "xlsx-too-large",
        args: expect.objectContaining({ measure: "inflated size of xl/sharedStrings.xml", limit: 100 }),
      }),
    ]);
  });

  it("refuses cell and row references beyond 1,048,576 rows by 16,384 columns", async () => {
    for (const [change, cell] of [
      [(xml: string) => xml.replace('r="A2"', 'r="XFE2"'), "XFE2"],
      [(xml: string) => xml.replace('r="A2"', 'r="A1048577"'), "A1048577"],
      [(xml: string) => xml.replace("<sheetData>", '<dimension ref="A1:ZZZZ9"/><sheetData>'), "ZZZZ9"],
    ] as const) {
      const bytes = await tamper({ meta }, "xl/worksheets/sheet1.xml", change);
      expect((await read(bytes)).findings).toEqual([
        expect.objectContaining({
          code: "xlsx-cell-out-of-range",
          args: { cell },
          location: { file: "data.xlsx", sheet: "meta" },
        }),
      ]);
    }
  });

  it("refuses files that are not a workbook, naming an .xls", async () => {
    expect((await read(new TextEncoder().encode("id,buyer\n"))).findings).toEqual([
      expect.objectContaining({ code: "xlsx-invalid", args: { reason: "no zip central directory" } }),
    ]);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(600)]);
    expect((await read(ole)).findings[0]?.args).toEqual({ reason: "an .xls file or an encrypted workbook" });
  });
});

describe("cached values, never formulas (G23)", () => {
  it("reads the value Excel calculated and warns that the cell held a formula", async () => {
    const bytes = await tamper({ meta, signatures: [signature] }, "xl/worksheets/sheet2.xml", (xml) =>
      xml.replace(/<c r="C2"[^>]*>.*?<\/c>/, '<c r="C2" t="str"><f>CONCATENATE("GM","0363")</f><v>GM0363</v></c>'),
    );
    const { values, findings } = await read(bytes);
    expect(values[1]).toEqual(signature);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "xlsx-formula",
        severity: "warning",
        args: { count: 1 },
        location: { file: "data.xlsx", sheet: "signatures", row: 2, column: 3 },
      }),
    ]);
  });

  it("reports a cell with an error value (#DIV/0!), which the workbook reader reads as empty, never silently", async () => {
    const bytes = await tamper({ meta, signatures: [signature] }, "xl/worksheets/sheet2.xml", (xml) =>
      xml.replace(/<c r="D2"[^>]*>.*?<\/c>/, '<c r="D2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
    );
    const { values, findings, records } = await read(bytes);
    const { signedOn: _, ...rest } = signature;
    expect(values[1]).toEqual(rest);
    expect(findings.map((finding) => [finding.code, finding.pointer, finding.location])).toEqual([
      ["xlsx-formula", "", { file: "data.xlsx", sheet: "signatures", row: 2, column: 4 }],
      [
        "xlsx-cell-error",
        "/signatures/0/signedOn",
        { file: "data.xlsx", sheet: "signatures", row: 2, column: 4, heading: "signedOn" },
      ],
    ]);
    // the empty cell is the error's: the schema adds nothing there
    expect([...(records[1]?.cellIssues ?? [])]).toEqual(["/signedOn"]);
  });
});
