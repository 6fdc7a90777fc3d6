import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assembleDataset } from "../flatten/assemble.ts";
import type { TabularReadItem } from "../flatten/tabular-record.ts";
import { readXlsx } from "./read-xlsx.ts";
import { part } from "./testing.ts";
import { textCell, workbookBytes, writeXlsx } from "./write-xlsx.ts";

const repository = fileURLToPath(new URL("../../../../", import.meta.url));

async function read(bytes: Uint8Array) {
  const events: TabularReadItem[] = [];
  for await (const event of readXlsx(bytes, { file: "data.xlsx" })) events.push(event);
  return {
    values: events.flatMap((event) => (event.kind === "record" ? [event.record.value] : [])),
    records: events.flatMap((event) => (event.kind === "record" ? [event.record] : [])),
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

const procurement = (title: string, amount = "1234567.89") => ({
  id: "P-1",
  buyer: "GM0363",
  title: { nl: title },
  cpvCodes: ["39130000-2"],
  procedure: "openbaar",
  contractValue: { amount, currency: "EUR" },
  dates: {},
  criteriaApplied: [],
  mvoiThemes: [],
  eforms: { strategicProcurement: [], environmentalImpact: [], gppCriteria: [] },
});

describe("writeXlsx", () => {
  it("writes strings as text cells, never formulas, neutralised as in CSV (G14)", async () => {
    const bytes = await writeXlsx({ meta, procurements: [procurement('=HYPERLINK("http://evil.example","klik")')] });
    const sheet = await part(bytes, "xl/worksheets/sheet2.xml");
    const strings = await part(bytes, "xl/sharedStrings.xml");
    expect(sheet).not.toMatch(/<f[\s>]/);
    expect(sheet).toMatch(/<c r="C2" t="s">/);
    expect(strings).toContain('<t>\'=HYPERLINK("http://evil.example","klik")</t>');
    const { values, findings } = await read(bytes);
    expect(findings).toEqual([]);
    expect(values[1]).toEqual(procurement('=HYPERLINK("http://evil.example","klik")'));
  });

  it("writes integers as number cells and decimals as exact text", async () => {
    const roadmap = {
      id: "R-1",
      title: { nl: "r" },
      actions: [{ id: "A", title: { nl: "a" }, level: "l", theme: "t", startYear: -5 }],
    };
    const bytes = await writeXlsx({ meta, roadmaps: [roadmap], procurements: [procurement("x", "0.10")] });
    const roadmapSheet = await part(bytes, "xl/worksheets/sheet2.xml");
    expect(roadmapSheet).toMatch(/<c r="[A-Z]+2"><v>-5<\/v><\/c>/);
    const { values } = await read(bytes);
    expect(values).toEqual([meta, roadmap, procurement("x", "0.10")]);
  });

  it("names sheets and headings after the dataset keys, or the English or Dutch titles, and reads each back", async () => {
    const dataset = { meta, signatures: [], procurements: [procurement("x")] };
    for (const [headings, name, heading] of [
      ["path", "procurements", "contractValue/amount"],
      ["en", "Procurements", "Contract value: Amount"],
      ["nl", "Aanbestedingen", "Contractwaarde: Bedrag"],
    ] as const) {
      const bytes = await writeXlsx(dataset, { headings });
      expect(await part(bytes, "xl/workbook.xml")).toContain(`name="${name}"`);
      expect(await part(bytes, "xl/sharedStrings.xml")).toContain(`<t>${heading}</t>`);
      const { dataset: back, findings } = await assembleDataset(readXlsx(bytes, { file: "d.xlsx" }));
      expect(findings).toEqual([]);
      expect(back).toEqual(dataset);
    }
  });

  it("round-trips strings XML cannot hold, escape look-alikes and Object.prototype names", async () => {
    const titles = [
      "a\rb\r\nc",
      "\u0001\u0008\u000b\u001f",
      "_x0041_ stays",
      "x\uFFFE\uFFFD\u0085\u0090",
      "\uD83F\uDFFE",
      "  spaced  ",
      "toString",
      "__proto__",
      "constructor",
      "hasOwnProperty",
      "valueOf",
    ];
    const dataset = {
      meta,
      procurements: titles.map((title, i) => ({
        ...procurement(title),
        id: `P-${i}`,
        buyer: titles[i] === "toString" ? "toString" : "GM0363",
      })),
    };
    const { dataset: back, findings } = await assembleDataset(readXlsx(await writeXlsx(dataset), { file: "d.xlsx" }));
    expect(findings).toEqual([]);
    expect(back).toEqual(dataset);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("refuses datasets it cannot write whole", async () => {
    await expect(writeXlsx({ meta, colours: [] })).rejects.toThrow(TypeError);
    await expect(writeXlsx({ meta: { ...meta, extra: 1 } })).rejects.toThrow(/extra/);
    await expect(writeXlsx([])).rejects.toThrow(TypeError);
  });
});

describe("readXlsx", () => {
  it("reads cells users typed as numbers, booleans and dates", async () => {
    const bytes = await workbookBytes([
      {
        sheet: "Aanbestedingen",
        data: [
          ["Identificator", "Opdrachtgever", "Contractwaarde: Bedrag", "Datums: Publicatie", "Titel: Nederlands"].map(
            textCell,
          ),
          [
            { type: Number, value: 12345 },
            textCell("GM0363"),
            { type: Number, value: 1234.5 },
            { type: Date, value: new Date(Date.UTC(2024, 2, 1)), format: "dd-mm-yyyy" },
            { type: Date, value: new Date(Date.UTC(2024, 2, 1, 12, 30)), format: "dd-mm-yyyy hh:mm" },
          ],
        ],
      },
    ]);
    const { values, findings } = await read(bytes);
    expect(values).toEqual([
      {
        id: "12345",
        buyer: "GM0363",
        contractValue: { amount: "1234.5" },
        dates: { publication: "2024-03-01" },
        title: { nl: "2024-03-01T12:30:00" },
      },
    ]);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "xlsx-date-cell",
        pointer: "/procurements/0/title/nl",
        location: expect.objectContaining({ sheet: "Aanbestedingen", row: 2, column: 5 }),
      }),
    ]);
  });

  it("reports sheets that hold no entity, or an entity twice, and locates records by sheet, row and heading", async () => {
    const bytes = await workbookBytes([
      { sheet: "Blad1", data: [[textCell("x")]] },
      { sheet: "signatures", data: [["id", "signedOn"].map(textCell), ["S-1", "2018-06-20"].map(textCell)] },
      { sheet: "Ondertekeningen", data: [["id"].map(textCell), ["S-2"].map(textCell)] },
    ]);
    const { values, findings, records } = await read(bytes);
    expect(values).toEqual([{ id: "S-1", signedOn: "2018-06-20" }]);
    expect(findings.map((f) => [f.code, f.location.sheet])).toEqual([
      ["xlsx-unknown-sheet", "Blad1"],
      ["xlsx-duplicate-sheet", "Ondertekeningen"],
    ]);
    expect(records[0]?.pointerBase).toBe("/signatures/0");
    expect(records[0]?.locate("/signedOn")).toEqual({
      file: "data.xlsx",
      sheet: "signatures",
      row: 2,
      column: 2,
      heading: "signedOn",
    });
  });

  it("reads the example dataset back exactly", async () => {
    const example = JSON.parse(readFileSync(`${repository}examples/mra-example.dataset.json`, "utf8"));
    const { dataset, findings } = await assembleDataset(
      readXlsx(await writeXlsx(example, { headings: "nl" }), { file: "x.xlsx" }),
    );
    expect(findings).toEqual([]);
    expect(dataset).toEqual(example);
  });
});

describe("dependencies (G23)", () => {
  it("never include the npm xlsx package (SheetJS CE, frozen at 0.18.5 with known CVEs)", () => {
    const why = execFileSync("pnpm", ["why", "xlsx", "--recursive", "--json"], { cwd: repository, encoding: "utf8" });
    expect(JSON.parse(why)).toEqual([]);
    const lockfile = readFileSync(`${repository}pnpm-lock.yaml`, "utf8");
    expect(lockfile).not.toMatch(/^\s+['"]?\/?xlsx@/mu);
  });
});
